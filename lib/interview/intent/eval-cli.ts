import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { defaultCorpusDir, LANGUAGES, readCorpus, readEvalFile, type EvalFile } from "./corpus.ts";
import { answeredOf, calibratePair, chooseThresholds, crossValidate, folds, FOLDS, WRONG_COST, type Prediction } from "./calibrate.ts";
import { TRAINING } from "./classifier.ts";
import { topicFamilies } from "./families.ts";
import { evaluateCorpus, percentile, splitCorpus, targetProblems, type EvalReport } from "./evaluate.ts";
import { CLAUSE, PAIR, WHOLE } from "./thresholds.ts";

// npm run eval:interviewer [-- --failures] [--calibrate [--seeds 7,1001,2003]] [--dir content/interviewer]
// Prints how well the interviewer understands: per topic and language, on the held-out split
// of the corpus and on the independent test file, the confusions, the unrelated questions that
// revealed something, and the time to match one question. Exits 1 when a target is missed.
// --calibrate also cross-validates the training split and prints the abstention thresholds it
// would choose (calibrate.ts), to compare with the ones thresholds.ts holds; with --seeds it
// does so once per training seed, so the spread a seed alone causes is seen next to any gain.

const args = process.argv.slice(2);
const showFailures = args.includes("--failures");
const calibrate = args.includes("--calibrate");
const dirIndex = args.indexOf("--dir");
const seedsIndex = args.indexOf("--seeds");
const seeds = seedsIndex >= 0 ? args[seedsIndex + 1].split(",").map(Number) : [TRAINING.seed];
const dir = dirIndex >= 0 ? path.resolve(args[dirIndex + 1]) : defaultCorpusDir();

const pct = (n: number, d: number) => (d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, report: EvalReport): void {
  console.log(`\n## ${title}`);
  console.log(`${"".padEnd(16)} ${"questions".padStart(9)} ${"topic ok".padStart(8)} ${"fact ok".padStart(8)} ${"wrong facts".padStart(11)} ${"unrelated revealed".padStart(18)}`);
  const row = (name: string, t: EvalReport["total"]) =>
    console.log(
      `${name.padEnd(16)} ${String(t.questions).padStart(9)} ${pct(t.topicRight, t.questions).padStart(8)} ${pct(t.factRight, t.factQuestions).padStart(8)} ${String(t.wrongFacts).padStart(11)} ${`${t.unrelatedRevealed}/${t.unrelated}`.padStart(18)}`,
    );
  for (const [topic, t] of Object.entries(report.byTopic).sort()) row(topic, t);
  console.log("-".repeat(76));
  for (const [language, t] of Object.entries(report.byLanguage).sort()) row(`all ${language}`, t);
  row("all", report.total);
  const confusions = Object.entries(report.confusions).sort((a, b) => b[1] - a[1]);
  if (confusions.length > 0) {
    console.log(`confusions (expected -> understood): ${confusions.map(([k, n]) => `${k} ×${n}`).join("; ")}`);
  }
  if (showFailures) {
    for (const f of report.failures) {
      const facts = f.facts ? ` [${f.prompt}: expected ${f.facts.expected.join(",") || "-"}, got ${f.facts.got.join(",") || "-"}]` : "";
      console.log(`  ✗ ${f.text}  (${f.expected.join("+") || "none"} -> ${f.got.join("+") || "none"})${facts}`);
    }
  }
}

const corpus = readCorpus(dir);
const independentFile = path.join(dir, "eval", "independent.yaml");
const independent: EvalFile | null = existsSync(independentFile) ? readEvalFile(independentFile, corpus.topics) : null;
const { prompts, problems } = await loadPromptFiles(path.join(process.cwd(), "content", "prompts"));
if (problems.length > 0) {
  console.error(problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  process.exit(2);
}
// Further test files beside independent.yaml (eval/independent-2.yaml, …), each scored the same way.
const evalDir = path.join(dir, "eval");
const others: Record<string, EvalFile> = {};
for (const name of existsSync(evalDir) ? readdirSync(evalDir).sort() : []) {
  if (name.endsWith(".yaml") && name !== "independent.yaml") others[name.replace(/\.yaml$/, "")] = readEvalFile(path.join(evalDir, name), corpus.topics);
}
const result = evaluateCorpus(corpus, independent, prompts, others);
console.log(`# Interviewer evaluation: trained on ${result.trainSize} corpus questions, prompts: ${prompts.map((p) => p.slug).join(", ")}`);
console.log(
  "fact ok = the question got exactly its labelled topics' facts (all of them for a question about two), per prompt that has one; wrong facts = facts revealed that the question did not ask for",
);
table("Held-out corpus questions (every 5th per topic and language)", result.heldOut);
if (result.independent) table("Independent test questions (eval/independent.yaml)", result.independent);
else console.log(`\n(no ${independentFile})`);
for (const [name, report] of Object.entries(result.others)) table(`Further independent test questions (eval/${name}.yaml)`, report);
if (calibrate) {
  const train = splitCorpus(corpus.examples).train;
  const languages = folds(train, FOLDS).flat().map((e) => e.language);
  console.log(`\nCalibration (${FOLDS}-fold cross-validation on the training split; a wrong topic costs ${WRONG_COST} missed ones):`);
  const values: Record<string, number[]> = {};
  const pooled: Record<string, Prediction[]> = {};
  for (const seed of seeds) {
    const predictions = crossValidate(train, FOLDS, topicFamilies(corpus.topics), { seed });
    for (const language of LANGUAGES) {
      const own = predictions.filter((_, i) => languages[i] === language);
      (pooled[language] ??= []).push(...own);
      const c = chooseThresholds(own);
      const used = WHOLE[language];
      const inUse = answeredOf(own, used);
      (values[language] ??= []).push(c.right - WRONG_COST * c.wrong);
      console.log(
        `  ${seeds.length > 1 ? `seed ${seed} ` : ""}${language}: accept ${c.accept}, margin ${c.margin} -> ${c.right}/${c.topicQuestions} topic questions right, ${c.wrong} wrong` +
          ` (in use, thresholds.ts WHOLE: accept ${used.accept}, margin ${used.margin} -> ${inUse.right} right, ${inUse.wrong} wrong)`,
      );
    }
  }
  if (seeds.length > 1) {
    // One seed's best pair moves with the seed (the objective is flat near its best); the pair
    // best over all seeds' predictions together is the one to hold.
    for (const [language, v] of Object.entries(values)) {
      const c = chooseThresholds(pooled[language]);
      console.log(
        `  ${language}: right − ${WRONG_COST} × wrong at each seed's best thresholds ${Math.min(...v)}–${Math.max(...v)};` +
          ` best over the ${seeds.length} seeds together: accept ${c.accept}, margin ${c.margin} -> ${c.right}/${c.topicQuestions} right, ${c.wrong} wrong`,
      );
    }
  }
  const pair = calibratePair(corpus, train, FOLDS, seeds);
  console.log(
    `  several topics in one question (in use: thresholds.ts CLAUSE.accept ${CLAUSE.accept}, PAIR.second ${PAIR.second}; found = all labelled topics of a question about several, added = topics no label asks):`,
  );
  for (const r of pair.all) {
    console.log(`    clause ${r.clauseAccept}, second ${r.second}: found ${r.found}/${r.severalQuestions}, added ${r.added}${r === pair.choice ? "  <- chosen" : ""}`);
  }
}
const times = [...result.heldOut.timesMs, ...(result.independent?.timesMs ?? []), ...Object.values(result.others).flatMap((r) => r.timesMs)];
console.log(`\nTime to match one question against one prompt: median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms (${times.length} matches)`);
const missed = [
  ...targetProblems(result.heldOut, "held-out"),
  ...(result.independent ? targetProblems(result.independent, "independent") : []),
  ...Object.entries(result.others).flatMap(([name, report]) => targetProblems(report, name)),
];
if (percentile(result.heldOut.timesMs, 50) >= 5) missed.push("median match time is not under 5 ms");
console.log(missed.length === 0 ? "\nTargets met." : `\nTargets NOT met:\n- ${missed.join("\n- ")}`);
process.exit(missed.length === 0 ? 0 : 1);
