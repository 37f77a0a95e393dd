/**
 * The 100-point score (SIMULATOR.md "Scoring"), inside the verdict rules:
 * 1. Each criterion has a weight inside its group; a group's weights are scaled to the rubric's
 *    maximum for that group. Process criteria come from the `process` block; without it they
 *    are "not assessed" and the total is points ÷ assessed maximum × maximum.
 * 2. Served first: every design and technical credit is multiplied by the share of peak
 *    requests the design serves in the healthy state (complete path, nothing saturated).
 * 3. Gates cap the band: one correctness gate (score-design.ts) caps the total at 59 ("lean no
 *    hire"), two or more at 39 ("no hire"); patterns, notes and timing cannot lift a design
 *    over a gate.
 * 4. Flaws cap it lower down: a design criterion that fails outright (a triggered pattern that
 *    is missing, sticky sessions, a fleet nobody watches) or a part nothing needs is a flaw an
 *    interviewer calls out; one caps the total at 89 ("hire"), two or more at 74 ("lean
 *    hire"). Strong hire means nothing to call out.
 * A cap compresses the total into its band (total × cap ÷ 100) rather than cutting it off, so
 * that among capped designs the better one still scores higher: fixing one of two problems
 * always shows.
 */
import type { Criterion, ProcessBlock } from "./schema.ts";
import { SCORE_BANDS } from "./schema.ts";
import { correctnessGates, criterionLabel, designCriteria, type DesignInputs, type Flaw, type Gate } from "./score-design.ts";
import type { Draft } from "./score-draft.ts";
import { communicationCriteria, navigationCriteria } from "./score-process.ts";
import { fixed, formatText, list, text } from "./text.ts";

export { bandCredit } from "./score-process.ts";

export type RubricWeights = { problemNavigation?: number; solutionDesign?: number; technicalExcellence?: number; communication?: number };
type Group = Criterion["group"];
const DEFAULT_WEIGHTS: Record<Group, number> = { problemNavigation: 25, solutionDesign: 35, technicalExcellence: 25, communication: 15 };

export type ScoreInputs = DesignInputs & {
  process: ProcessBlock | undefined;
  rubric: RubricWeights | undefined;
};

export type Score = {
  total: number;
  max: number;
  band: (typeof SCORE_BANDS)[number];
  assessedMax: number;
  criteria: Criterion[];
  gates: Gate[];
  flaws: Flaw[];
  servedShare: number;
};

export function band(percent: number): Score["band"] {
  if (percent >= 90) return "strong hire";
  if (percent >= 75) return "hire";
  if (percent >= 60) return "lean hire";
  if (percent >= 40) return "lean no hire";
  return "no hire";
}

/** The highest percentage a design with this many gates and flaws can reach. */
export function verdictCap(gates: number, flaws: number): number {
  if (gates >= 2) return 39;
  if (gates === 1) return 59;
  return flaws >= 2 ? 74 : flaws === 1 ? 89 : 100;
}

export function computeScore(input: ScoreInputs): Score {
  const { setup, baseline, process, rubric } = input;
  const served = baseline.servedAll;
  const { drafts: designDrafts, flaws } = designCriteria(input);
  const design = designDrafts.map((d): Draft => {
    if (d.credit === null || served >= 1) return d;
    return { ...d, credit: d.credit * served, evidence: text("simulator.criteria.evidence.scaledByServed", { evidence: d.evidence, served: fixed(served, 2) }) };
  });
  const drafts: Draft[] = [...navigationCriteria(setup, process), ...design, ...communicationCriteria(process)];

  const weights: Record<Group, number> = { ...DEFAULT_WEIGHTS };
  for (const g of Object.keys(weights) as Group[]) {
    const w = rubric?.[g];
    if (typeof w === "number" && Number.isFinite(w) && w >= 0) weights[g] = w;
  }
  const groupWeight: Record<Group, number> = { problemNavigation: 0, solutionDesign: 0, technicalExcellence: 0, communication: 0 };
  for (const d of drafts) groupWeight[d.group] += d.weight;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const criteria: Criterion[] = drafts.map((d) => {
    const max = round1((weights[d.group] * d.weight) / groupWeight[d.group]);
    const points = d.credit === null ? 0 : round1(max * d.credit);
    const result: Criterion["result"] = d.credit === null ? "not-assessed" : d.credit >= 0.999 ? "pass" : d.credit <= 0 ? "fail" : "partial";
    return { id: d.id, group: d.group, label: formatText(d.label), result, points, max, evidence: formatText(d.evidence), concept: d.concept, labelText: d.label, evidenceText: d.evidence };
  });
  const max = round1((Object.values(weights) as number[]).reduce((s, w) => s + w, 0));
  const assessed = criteria.filter((c) => c.result !== "not-assessed");
  const assessedMax = round1(assessed.reduce((s, c) => s + c.max, 0));
  const raw = assessed.reduce((s, c) => s + c.points, 0);
  const uncapped = assessedMax > 0 ? Math.round((raw / assessedMax) * max) : 0;
  if (assessedMax < max) {
    const label = criterionLabel("scaling");
    const evidence = text("simulator.criteria.evidence.scaling", { raw: String(round1(raw)), assessedMax: String(assessedMax), max: String(max), total: String(uncapped) });
    criteria.push({ id: "scaling", group: "communication", label: formatText(label), result: "not-assessed", points: 0, max: 0, evidence: formatText(evidence), concept: "back-of-the-envelope", labelText: label, evidenceText: evidence });
  }
  const gates = correctnessGates(input);
  const cap = Math.floor((verdictCap(gates.length, flaws.length) / 100) * max);
  const total = Math.round((uncapped * cap) / max);
  if (total < uncapped) {
    const E = "simulator.criteria.evidence";
    const why =
      gates.length > 0
        ? text(`${E}.byGates`, { count: gates.length, countText: String(gates.length), reasons: list(gates.map((g) => g.text), "semicolon") })
        : text(`${E}.byFlaws`, { count: flaws.length, countText: String(flaws.length), reasons: list(flaws.map((f) => f.text), "semicolon") });
    const label = text(gates.length > 0 ? "simulator.criteria.labels.gates" : "simulator.criteria.labels.flaws");
    const evidence = text(`${E}.capped`, { below: String(cap + 1), uncapped: String(uncapped), cap: String(cap), max: String(max), total: String(total), why });
    criteria.push({ id: "gates", group: "solutionDesign", label: formatText(label), result: "fail", points: 0, max: 0, evidence: formatText(evidence), concept: gates.length > 0 ? "single-point-of-failure" : "over-engineering", labelText: label, evidenceText: evidence });
  }
  return { total, max, band: band(max > 0 ? (total / max) * 100 : 0), assessedMax, criteria, gates, flaws, servedShare: Math.round(served * 10000) / 10000 };
}
