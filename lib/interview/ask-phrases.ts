import { bigrams, contentTokens, type Token } from "./text-normalize.ts";

// A prompt's own `ask` phrasings: how closely does a question say what an instructor wrote?
// The shared corpus (intent/) understands wording in general; these phrasings are the
// instructor's, for facts no topic covers (a news feed's "how many friends") and to catch a
// question that is, near enough, one of them.
//
// A fact's score against a question is
//   coverage × (0.6 + 0.4 × precision)
// where coverage = how much of its best phrasing's content words the question contains
// (English by stem with a prefix allowance, Korean by character bigrams so spacing and
// compounds do not matter) and precision = the share of the question's content words any of
// its phrasings explains, each word weighted 1 / √(number of facts that know it), which breaks
// ties towards the more specific fact. The question is also scored clause by clause ("and",
// ",", "그리고", …), and a fact keeps its best score.

const PREFIX_MATCH = 0.85;

export type PhrasedFact = { id: string; ask: readonly string[] };

function englishSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4) return PREFIX_MATCH;
  return 0;
}

type Prepared = { tokens: Token[]; hangulBigrams: Set<string> };

function prepare(text: string): Prepared {
  const tokens = contentTokens(text);
  const hangulBigrams = new Set<string>();
  const hangulWords = tokens.filter((t) => t.hangul).map((t) => t.text);
  for (const word of hangulWords) for (const g of bigrams(word)) hangulBigrams.add(g);
  // Joined neighbours catch "일일 활성 사용자" against "일일활성사용자".
  for (let i = 0; i + 1 < hangulWords.length; i++) {
    for (const g of bigrams(hangulWords[i] + hangulWords[i + 1])) hangulBigrams.add(g);
  }
  return { tokens, hangulBigrams };
}

function hangulCoverage(word: string, grams: Set<string>): number {
  const own = bigrams(word);
  if (own.length === 0) return 0;
  return own.filter((g) => grams.has(g)).length / own.length;
}

function tokenCoverage(token: Token, question: Prepared): number {
  if (token.hangul) return hangulCoverage(token.text, question.hangulBigrams);
  let best = 0;
  for (const q of question.tokens) if (!q.hangul) best = Math.max(best, englishSimilarity(token.text, q.text));
  return best;
}

/** How much of a phrasing's content words the question contains (0..1). */
export function phraseCoverage(phrase: Prepared, question: Prepared): number {
  if (phrase.tokens.length === 0 || question.tokens.length === 0) return 0;
  return phrase.tokens.reduce((sum, t) => sum + tokenCoverage(t, question), 0) / phrase.tokens.length;
}

const preparedPhrases = new Map<string, Prepared>();
function preparedPhrase(phrase: string): Prepared {
  let p = preparedPhrases.get(phrase);
  if (!p) {
    p = prepare(phrase);
    if (preparedPhrases.size > 5000) preparedPhrases.clear();
    preparedPhrases.set(phrase, p);
  }
  return p;
}

/** A fact's score against a question (0..1): best phrasing's coverage, weighted by precision. */
function factScore(question: Prepared, phrases: Prepared[], weights: number[]): number {
  const coverage = Math.max(0, ...phrases.map((p) => phraseCoverage(p, question)));
  if (coverage === 0) return 0;
  // Precision over all of the fact's phrasings ("global or one region?" is more about the
  // regions fact, two words explained, than about the users fact, one), each question word
  // weighted by how specific it is: a word several facts know ("users") counts less than a
  // word only this fact knows ("friends").
  let explained = 0;
  let total = 0;
  question.tokens.forEach((q, i) => {
    total += weights[i];
    if (phrases.some((p) => tokenCoverage(q, p) >= 0.5)) explained += weights[i];
  });
  return coverage * (0.6 + 0.4 * (explained / total));
}

function factScores(question: Prepared, facts: readonly PhrasedFact[]): number[] {
  const phrases = facts.map((fact) => fact.ask.map(preparedPhrase));
  const weights = question.tokens.map((q) => {
    const knownBy = phrases.filter((ps) => ps.some((p) => tokenCoverage(q, p) >= 0.5)).length;
    return 1 / Math.sqrt(Math.max(1, knownBy));
  });
  return phrases.map((ps) => factScore(question, ps, weights));
}

/** Each fact's score (0..1) against the question, the best of the whole question and of its clauses. */
export function askPhraseScores(question: string, facts: readonly PhrasedFact[], clauses: readonly string[]): number[] {
  const scores = factScores(prepare(question), facts);
  if (clauses.length > 1) {
    for (const clause of clauses) factScores(prepare(clause), facts).forEach((s, i) => (scores[i] = Math.max(scores[i], s)));
  }
  return scores;
}
