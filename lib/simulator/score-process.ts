/**
 * Criteria from the interview itself (the document's `process` block): problem navigation and
 * communication. Without a process block they are "not assessed" and the total is scaled from
 * what was (score.ts).
 */
import type { ModelSetup } from "./model.ts";
import type { ProcessBlock } from "./schema.ts";
import { clamp01, type Draft } from "./score-draft.ts";

import { criterionLabel } from "./score-design.ts";
import { fixed, list, text } from "./text.ts";

const E = "simulator.criteria.evidence";
const ev = (key: string, params?: Parameters<typeof text>[1]) => text(`${E}.${key}`, params);
const minutes = (seconds: number) => fixed(seconds / 60, 1);
export const DEFAULT_PHASE_BANDS: [number, number][] = [[3, 10], [10, 15], [10, 25], [3, 5]];

/** Full credit inside [lo, hi] minutes, falling linearly to 0 at lo/2 and at 2·hi. */
export function bandCredit(seconds: number, [lo, hi]: [number, number]): number {
  const m = seconds / 60;
  if (m >= lo && m <= hi) return 1;
  if (m < lo) return clamp01((m - lo / 2) / (lo / 2));
  return clamp01((2 * hi - m) / hi);
}

const NOT_ASSESSED = ev("notAssessed");

export function navigationCriteria(setup: ModelSetup, p: ProcessBlock | undefined): Draft[] {
  const group = "problemNavigation" as const;
  const concept = "back-of-the-envelope";
  if (!p) {
    return ([["clarified-before-drawing", 8], ["requirements-filled", 6], ["estimates-within-2x", 6], ["phase-1-in-band", 5]] as const).map(([id, weight]) => ({ id, group, label: criterionLabel(id), weight, credit: null, evidence: NOT_ASSESSED, concept }));
  }
  const bands = (p.phaseBandsMinutes as [number, number][] | undefined) ?? DEFAULT_PHASE_BANDS;
  const peakRates = setup.peakRates;
  const asked = clamp01(p.questionsBeforeFirstComponent / 3);
  const facts = p.keyFactsTotal > 0 ? clamp01(p.keyFactsRevealed / p.keyFactsTotal) : 1;
  const truth: Record<string, number> = {
    readQps: setup.estimates.readQps.average + setup.estimates.staticQps.average,
    writeQps: setup.estimates.writeQps.average,
    peakQps: peakRates.dynamicRead + peakRates.staticRead + peakRates.write,
    storageBytesPerDay: setup.estimates.storageBytesPerDay,
    storageBytesOverRetention: setup.estimates.storageBytesOverRetention,
    egressBytesPerSecond: setup.estimates.egressBytesPerSecond,
  };
  const given = Object.entries(p.candidateEstimates).filter(([, v]) => v !== undefined) as [string, number][];
  const within = given.filter(([k, v]) => (truth[k] > 0 ? v / truth[k] >= 0.5 && v / truth[k] <= 2 : v === 0));
  return [
    { id: "clarified-before-drawing", group, label: criterionLabel("clarified-before-drawing"), weight: 8, credit: 0.5 * asked + 0.5 * facts, evidence: ev("clarified", { questions: String(p.questionsBeforeFirstComponent), revealed: String(p.keyFactsRevealed), total: String(p.keyFactsTotal) }), concept },
    { id: "requirements-filled", group, label: criterionLabel("requirements-filled"), weight: 6, credit: clamp01(p.requirementFieldsFilled / 10), evidence: ev("requirementsFilled", { filled: String(p.requirementFieldsFilled), assumptions: String(p.assumptionsStated) }), concept },
    { id: "estimates-within-2x", group, label: criterionLabel("estimates-within-2x"), weight: 6, credit: clamp01(within.length / 3), evidence: given.length === 0 ? ev("noEstimates") : ev("estimates", { within: String(within.length), given: String(given.length), items: list(given.map(([k, v]) => ev("estimate", { name: k, given: v.toPrecision(3), truth: truth[k].toPrecision(3) }))) }), concept },
    { id: "phase-1-in-band", group, label: criterionLabel("phase-1-in-band"), weight: 5, credit: bandCredit(p.phaseSeconds[0], bands[0]), evidence: ev("phase1", { minutes: minutes(p.phaseSeconds[0]), low: String(bands[0][0]), high: String(bands[0][1]) }), concept },
  ];
}

export function communicationCriteria(p: ProcessBlock | undefined): Draft[] {
  const group = "communication" as const;
  const concept = "back-of-the-envelope";
  if (!p) {
    return ([["phases-in-band", 6], ["wrap-up", 3], ["assumptions-units", 2], ["tradeoffs", 2], ["feedback-in-phase-2", 2]] as const).map(([id, weight]) => ({ id, group, label: criterionLabel(id), weight, credit: null, evidence: NOT_ASSESSED, concept }));
  }
  const bands = (p.phaseBandsMinutes as [number, number][] | undefined) ?? DEFAULT_PHASE_BANDS;
  const phases = [1, 2, 3].map((i) => bandCredit(p.phaseSeconds[i], bands[i]));
  const out: Draft[] = [
    { id: "phases-in-band", group, label: criterionLabel("phases-in-band"), weight: 6, credit: phases.reduce((s, x) => s + x, 0) / 3, evidence: ev("phases", { items: list([1, 2, 3].map((i) => ev("phase", { minutes: minutes(p.phaseSeconds[i]), low: String(bands[i][0]), high: String(bands[i][1]) }))) }), concept },
    { id: "wrap-up", group, label: criterionLabel("wrap-up"), weight: 3, credit: clamp01(p.wrapUpWords / 50), evidence: ev("wrapUp", { words: String(p.wrapUpWords) }), concept },
    { id: "assumptions-units", group, label: criterionLabel("assumptions-units"), weight: 2, credit: (p.assumptionsStated > 0 ? 0.5 : 0) + (p.unitsWritten ? 0.5 : 0), evidence: ev("assumptionsUnits", { assumptions: String(p.assumptionsStated), units: p.unitsWritten ? "yes" : "no" }), concept },
    { id: "tradeoffs", group, label: criterionLabel("tradeoffs"), weight: 2, credit: p.tradeoffsNoted ? 1 : 0, evidence: ev(p.tradeoffsNoted ? "tradeoffs" : "noTradeoffs"), concept },
    { id: "feedback-in-phase-2", group, label: criterionLabel("feedback-in-phase-2"), weight: 2, credit: p.feedbackRequestedInPhase2 ? 1 : 0, evidence: ev(p.feedbackRequestedInPhase2 ? "feedback" : "noFeedback"), concept },
  ];
  if ((p.probesAsked ?? 0) > 0) {
    const asked = p.probesAsked ?? 0;
    const answered = Math.min(asked, p.probesAnswered ?? 0);
    out.push({ id: "probes-answered", group, label: criterionLabel("probes-answered"), weight: 2, credit: answered / asked, evidence: ev("probes", { answered: String(answered), asked, askedText: String(asked) }), concept: "four-step-framework" });
  }
  return out;
}
