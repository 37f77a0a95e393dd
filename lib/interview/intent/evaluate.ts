import { matchQuestion, factTopics, type MatchFact } from "../matcher.ts";
import { plainText } from "../text-normalize.ts";
import { exampleTopics, type Corpus, type EvalFile, type Example, type Language } from "./corpus.ts";
import { buildInterviewer, understand, type Interviewer } from "./understand.ts";

// How well does the interviewer understand? The corpus is split deterministically (every
// HOLD_OUT-th question of each topic and language is held out), the matcher is trained on the
// rest, and both the held-out questions and an independent file (written without looking at
// the corpus) are scored, topic by topic and fact by fact against every prompt.

export const HOLD_OUT = 5;

export function splitCorpus(examples: readonly Example[]): { train: Example[]; heldOut: Example[] } {
  const seen = new Map<string, number>();
  const train: Example[] = [];
  const heldOut: Example[] = [];
  for (const example of examples) {
    const key = `${example.language}:${example.several ? "(several)" : (example.topic ?? "")}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (n % HOLD_OUT === HOLD_OUT - 1 ? heldOut : train).push(example);
  }
  return { train, heldOut };
}

export type LabelledQuestion = { text: string; language: Language; topics: string[] };
export type EvalPrompt = { slug: string; facts: readonly MatchFact[] };

type Tally = { questions: number; topicRight: number; factQuestions: number; factRight: number; wrongFacts: number; unrelated: number; unrelatedRevealed: number };
const tally = (): Tally => ({ questions: 0, topicRight: 0, factQuestions: 0, factRight: 0, wrongFacts: 0, unrelated: 0, unrelatedRevealed: 0 });

export type EvalReport = {
  total: Tally;
  byLanguage: Record<string, Tally>;
  byTopic: Record<string, Tally>;
  confusions: Record<string, number>;
  failures: { text: string; expected: string[]; got: string[]; prompt?: string; facts?: { expected: string[]; got: string[] } }[];
  timesMs: number[];
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * A question is right for a prompt when it reveals exactly the facts of its labelled topics: for
 * a question about two, both topics' facts ("questions about two topics get both answers"). A
 * second topic counts as asked only when a person labelled it so (the corpus's `also` and
 * `several`, the independent file's `topics`); a question labelled with one topic that also
 * reveals another topic's facts has wrong facts, however plausible the second reading.
 */
export function evaluate(interviewer: Interviewer, questions: readonly LabelledQuestion[], prompts: readonly EvalPrompt[]): EvalReport {
  const report: EvalReport = { total: tally(), byLanguage: {}, byTopic: {}, confusions: {}, failures: [], timesMs: [] };
  for (const q of questions) {
    const buckets = [report.total, (report.byLanguage[q.language] ??= tally())];
    const topicKey = q.topics.length === 0 ? "(unrelated)" : q.topics.length > 1 ? "(two topics)" : q.topics[0];
    buckets.push((report.byTopic[topicKey] ??= tally()));
    // Read once and shared by every prompt below (the reading does not depend on the prompt); its
    // time counts in each prompt's, as it would in a match on its own.
    const readingStarted = performance.now();
    const reading = understand(interviewer, plainText(q.text));
    const readingMs = performance.now() - readingStarted;
    const got = reading.topics;
    const topicRight = sameSet(got, q.topics);
    for (const b of buckets) {
      b.questions += 1;
      if (topicRight) b.topicRight += 1;
      if (q.topics.length === 0) b.unrelated += 1;
    }
    if (!topicRight) {
      const key = `${q.topics.join("+") || "(none)"} -> ${got.join("+") || "(none)"}`;
      report.confusions[key] = (report.confusions[key] ?? 0) + 1;
      report.failures.push({ text: q.text, expected: q.topics, got });
    }
    let revealed = false;
    for (const prompt of prompts) {
      const expected = prompt.facts.filter((f) => factTopics(f, interviewer).some((t) => q.topics.includes(t))).map((f) => f.id);
      const started = performance.now();
      const match = matchQuestion(q.text, prompt.facts, interviewer, reading);
      report.timesMs.push(readingMs + performance.now() - started);
      const wrong = match.factIds.filter((id) => !expected.includes(id));
      if (match.factIds.length > 0) revealed = true;
      const right = expected.length > 0 && wrong.length === 0 && expected.every((id) => match.factIds.includes(id));
      for (const b of buckets) {
        b.wrongFacts += wrong.length;
        if (expected.length > 0) {
          b.factQuestions += 1;
          if (right) b.factRight += 1;
        }
      }
      if ((expected.length > 0 && !right) || wrong.length > 0) {
        report.failures.push({ text: q.text, expected: q.topics, got, prompt: prompt.slug, facts: { expected, got: match.factIds } });
      }
    }
    if (q.topics.length === 0 && revealed) for (const b of buckets) b.unrelatedRevealed += 1;
  }
  return report;
}

export function heldOutQuestions(heldOut: readonly Example[]): LabelledQuestion[] {
  return heldOut.map((e) => ({ text: e.text, language: e.language, topics: exampleTopics(e) }));
}

export function independentQuestions(file: EvalFile): LabelledQuestion[] {
  return file.questions.map((q) => ({ text: q.q, language: q.lang, topics: q.topics }));
}

/**
 * Trains on the corpus minus the held-out split and evaluates the held-out questions, the
 * independent file and any further test files (`others`, by name: eval/independent-2.yaml, a
 * second author's, never looked at while tuning).
 */
export function evaluateCorpus(corpus: Corpus, independent: EvalFile | null, prompts: readonly EvalPrompt[], others: Readonly<Record<string, EvalFile>> = {}) {
  const { train, heldOut } = splitCorpus(corpus.examples);
  const interviewer = buildInterviewer(corpus, train);
  return {
    trainSize: train.length,
    heldOut: evaluate(interviewer, heldOutQuestions(heldOut), prompts),
    independent: independent ? evaluate(interviewer, independentQuestions(independent), prompts) : null,
    others: Object.fromEntries(Object.entries(others).map(([name, file]) => [name, evaluate(interviewer, independentQuestions(file), prompts)])),
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Does a report meet the targets: ≥ 95 % right fact, no wrong fact, nothing revealed for unrelated, per language? */
export function targetProblems(report: EvalReport, label: string): string[] {
  const problems: string[] = [];
  for (const [language, t] of Object.entries(report.byLanguage)) {
    const rate = t.factQuestions === 0 ? 1 : t.factRight / t.factQuestions;
    if (rate < 0.95) problems.push(`${label} ${language}: right fact ${(rate * 100).toFixed(1)} % < 95 %`);
    if (t.wrongFacts > 0) problems.push(`${label} ${language}: ${t.wrongFacts} wrong facts`);
    if (t.unrelatedRevealed > 0) problems.push(`${label} ${language}: ${t.unrelatedRevealed} unrelated questions revealed a fact`);
  }
  return problems;
}
