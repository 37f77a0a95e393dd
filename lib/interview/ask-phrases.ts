import { bigrams, contentTokens, hasHangul, type Token } from "./text-normalize.ts";

// The scripted interviewer: which of the prompt's facts does a free-text question ask for?
//
// A fact has `ask` phrasings. Its score against a question is
//   coverage × (0.7 + 0.3 × precision)
// where coverage = how much of its best phrasing's content words the question contains
// (English by stem with a prefix allowance, Korean by character bigrams so spacing and
// compounds do not matter) and precision = the share of the question's content words any of
// its phrasings explains, each word weighted 1 / √(number of facts that know it), which breaks
// ties towards the more specific fact. The question is also split into clauses ("and", ",", "그리고", …); the best
// fact of the whole question and of each clause is revealed when it reaches MATCH_THRESHOLD,
// so "how many users and how many writes per day?" reveals two facts, while one clause
// never reveals a second-best fact.

/** A phrasing must be mostly covered: 0.6 passes one of one word, fails one of two words. */
export const MATCH_THRESHOLD = 0.72;
const PREFIX_MATCH = 0.85;
const TIE_EPSILON = 1e-9;

export type MatchFact = { id: string; ask: string[]; answer: string };
export type MatchResult = {
  factIds: string[];
  scores: Record<string, number>;
  /** The question's language, so the reply can answer in it. */
  language: "en" | "ko";
  /** A stable number derived from the question, to vary the fallback reply. */
  seed: number;
};

// Korean joins nouns with particles on the word ("지연 시간과 가용성"), hence the lookbehind.
const CLAUSE_SPLIT = /\s+and\s+|\s+also\s+|\s+plus\s+|[,;?&]|그리고|및|또한|(?<=[\uac00-\ud7a3](?:와|과|랑|하고))\s/giu;

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

function factScores(question: Prepared, facts: readonly MatchFact[]): number[] {
  const phrases = facts.map((fact) => fact.ask.map(preparedPhrase));
  const weights = question.tokens.map((q) => {
    const knownBy = phrases.filter((ps) => ps.some((p) => tokenCoverage(q, p) >= 0.5)).length;
    return 1 / Math.sqrt(Math.max(1, knownBy));
  });
  return phrases.map((ps) => factScore(question, ps, weights));
}

function best(scores: number[]): number[] {
  const top = Math.max(0, ...scores);
  if (top < MATCH_THRESHOLD) return [];
  return scores.flatMap((s, i) => (s >= top - TIE_EPSILON ? [i] : []));
}

function hashString(text: string): number {
  let h = 2166136261;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function matchQuestion(question: string, facts: readonly MatchFact[]): MatchResult {
  const whole = factScores(prepare(question), facts);
  const chosen = new Set<number>(best(whole));
  const clauses = question.split(CLAUSE_SPLIT).filter((c) => c && c.trim().length > 0);
  const scores = [...whole];
  if (clauses.length > 1) {
    for (const clause of clauses) {
      const clauseScores = factScores(prepare(clause), facts);
      clauseScores.forEach((s, i) => (scores[i] = Math.max(scores[i], s)));
      for (const i of best(clauseScores)) chosen.add(i);
    }
  }
  const ids = [...chosen].sort((a, b) => a - b).map((i) => facts[i].id);
  return {
    factIds: [...new Set(ids)],
    scores: Object.fromEntries(facts.map((f, i) => [f.id, Math.round(scores[i] * 1000) / 1000])),
    language: hasHangul(question) ? "ko" : "en",
    seed: hashString(question.normalize("NFKC").toLowerCase().trim()),
  };
}

const FALLBACK_REPLIES = {
  en: [
    "That's your call — state an assumption and note it on the requirements sheet.",
    "I don't have a number for that; what would you assume? Write it down so we can revisit it.",
    "Good question, but I'll leave it to you. Make an assumption and say it out loud.",
    "Nothing specific there. Pick a reasonable value as your assumption and put it on the requirements sheet.",
  ],
  ko: [
    "그 부분은 직접 정하셔도 됩니다. 가정을 세우고 요구사항 시트에 적어 주세요.",
    "그에 대한 수치는 따로 없습니다. 어떻게 가정하시겠어요? 적어 두고 나중에 다시 보죠.",
    "좋은 질문이지만 판단은 맡기겠습니다. 가정을 말씀하고 기록해 주세요.",
  ],
} as const;

/** The interviewer's reply: the matched facts' answers, or a natural nudge to assume. */
export function replyFor(match: Pick<MatchResult, "factIds"> & Partial<MatchResult>, facts: readonly MatchFact[]): string {
  const answers = match.factIds
    .map((id) => facts.find((f) => f.id === id)?.answer)
    .filter((a): a is string => typeof a === "string" && a.length > 0);
  if (answers.length > 0) return answers.join(" ");
  const replies = FALLBACK_REPLIES[match.language ?? "en"];
  return replies[(match.seed ?? 0) % replies.length];
}
