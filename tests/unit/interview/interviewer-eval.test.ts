import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus, readEvalFile } from "@/lib/interview/intent/corpus";
import { evaluateCorpus, splitCorpus, targetProblems, type EvalReport } from "@/lib/interview/intent/evaluate";
import { loadPromptFiles } from "@/lib/prompts/load-content";

// How well the interviewer understands, as `npm run eval:interviewer` measures it: trained on
// the corpus minus every 5th question per topic and language, scored on those held-out
// questions and on the independent file, fact by fact against the three prompts.
//
// The targets (≥ 95 % right fact, 0 wrong facts, 0 facts for unrelated questions, in
// both languages) are NOT all met yet; the floors below are what the matcher reaches today
// (README, "The interviewer"), so a change that makes it understand less fails here. Raise
// them as it improves; the todo below turns into the real assertion once the targets hold.
// The held-out split grows with the corpus (every 5th new question too). No corpus question
// near-duplicates an independent one any more (72 were rephrased), so the independent figures
// are honest, not flattered: "Could we take a short break?" now reveals a URL shortener's code
// format through its "how short" phrasing, hence 2 unrelated in English.

const root = path.resolve(import.meta.dirname, "../../..");
let result: ReturnType<typeof evaluateCorpus>;

beforeAll(async () => {
  const corpus = readCorpus(path.join(root, "content/interviewer"));
  const independent = readEvalFile(path.join(root, "content/interviewer/eval/independent.yaml"), corpus.topics);
  const { prompts } = await loadPromptFiles(path.join(root, "content/prompts"));
  result = evaluateCorpus(corpus, independent, prompts);
}, 300_000);

const rightFact = (report: EvalReport, language: string) => {
  const t = report.byLanguage[language];
  return t.factRight / t.factQuestions;
};

describe("interviewer evaluation", () => {
  it("splits the corpus deterministically, every 5th question of each topic and language held out", () => {
    const examples = Array.from({ length: 10 }, (_, i) => ({ text: `q${i}`, topic: "users", language: "en" as const }));
    const { train, heldOut } = splitCorpus(examples);
    expect(heldOut.map((e) => e.text)).toEqual(["q4", "q9"]);
    expect(train).toHaveLength(8);
  });

  it.each(["en", "ko"])("held-out %s: right fact and no regressions in wrong or unrelated facts", (language) => {
    expect(rightFact(result.heldOut, language)).toBeGreaterThanOrEqual(0.855);
    expect(result.heldOut.byLanguage[language].wrongFacts).toBeLessThanOrEqual(48);
    expect(result.heldOut.byLanguage[language].unrelatedRevealed).toBeLessThanOrEqual(5);
  });

  it.each(["en", "ko"])("independent %s: right fact and no regressions in wrong or unrelated facts", (language) => {
    expect(rightFact(result.independent!, language)).toBeGreaterThanOrEqual(0.95);
    expect(result.independent!.byLanguage[language].wrongFacts).toBeLessThanOrEqual(8);
    expect(result.independent!.byLanguage[language].unrelatedRevealed).toBeLessThanOrEqual(2);
  });

  it("reports the targets it misses, by set and language", () => {
    const problems = [...targetProblems(result.heldOut, "held-out"), ...targetProblems(result.independent!, "independent")];
    // Honest bookkeeping: the misses are listed, never hidden; each names its set and language.
    for (const problem of problems) expect(problem).toMatch(/^(held-out|independent) (en|ko): /);
  });

  it.todo("meets the targets: ≥ 95 % right fact, 0 wrong facts, 0 unrelated revealed, held-out and independent, both languages");
});
