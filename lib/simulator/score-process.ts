/**
 * Criteria from the interview itself (the document's `process` block): problem navigation and
 * communication. Without a process block they are "not assessed" and the total is scaled from
 * what was (score.ts).
 */
import type { ModelSetup } from "./model.ts";
import type { ProcessBlock } from "./schema.ts";
import { clamp01, type Draft } from "./score-draft.ts";

const f1 = (x: number) => x.toFixed(1);
export const DEFAULT_PHASE_BANDS: [number, number][] = [[3, 10], [10, 15], [10, 25], [3, 5]];

/** Full credit inside [lo, hi] minutes, falling linearly to 0 at lo/2 and at 2·hi. */
export function bandCredit(seconds: number, [lo, hi]: [number, number]): number {
  const m = seconds / 60;
  if (m >= lo && m <= hi) return 1;
  if (m < lo) return clamp01((m - lo / 2) / (lo / 2));
  return clamp01((2 * hi - m) / hi);
}

const NOT_ASSESSED = "not assessed: the document has no process block (no interview)";

export function navigationCriteria(setup: ModelSetup, p: ProcessBlock | undefined): Draft[] {
  const group = "problemNavigation" as const;
  const concept = "back-of-the-envelope";
  if (!p) {
    return ([["clarified-before-drawing", "Clarified the problem before drawing", 8], ["requirements-filled", "Wrote the requirements down", 6], ["estimates-within-2x", "Estimates within 2× of the simulator's", 6], ["phase-1-in-band", "Phase 1 within its time band", 5]] as const).map(([id, label, weight]) => ({ id, group, label, weight, credit: null, evidence: NOT_ASSESSED, concept }));
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
    { id: "clarified-before-drawing", group, label: "Clarified the problem before drawing", weight: 8, credit: 0.5 * asked + 0.5 * facts, evidence: `${p.questionsBeforeFirstComponent} questions before the first component (3 for full credit); ${p.keyFactsRevealed} of ${p.keyFactsTotal} key facts revealed`, concept },
    { id: "requirements-filled", group, label: "Wrote the requirements down", weight: 6, credit: clamp01(p.requirementFieldsFilled / 10), evidence: `${p.requirementFieldsFilled} requirement fields filled (10 for full credit) and ${p.assumptionsStated} assumptions stated`, concept },
    { id: "estimates-within-2x", group, label: "Estimates within 2× of the simulator's", weight: 6, credit: clamp01(within.length / 3), evidence: given.length === 0 ? "no estimates written" : `${within.length} of ${given.length} estimates within 2× (3 needed): ${given.map(([k, v]) => `${k} ${v.toPrecision(3)} vs ${truth[k].toPrecision(3)}`).join(", ")}`, concept },
    { id: "phase-1-in-band", group, label: "Phase 1 within its time band", weight: 5, credit: bandCredit(p.phaseSeconds[0], bands[0]), evidence: `phase 1 took ${f1(p.phaseSeconds[0] / 60)} min (band ${bands[0][0]}-${bands[0][1]} min; zero at half the lower or twice the upper bound)`, concept },
  ];
}

export function communicationCriteria(p: ProcessBlock | undefined): Draft[] {
  const group = "communication" as const;
  const concept = "back-of-the-envelope";
  if (!p) {
    return ([["phases-in-band", "Time per phase inside the bands", 6], ["wrap-up", "Wrap-up written", 3], ["assumptions-units", "Assumptions and units written", 2], ["tradeoffs", "Trade-offs noted", 2], ["feedback-in-phase-2", "Asked for buy-in on the high-level design", 2]] as const).map(([id, label, weight]) => ({ id, group, label, weight, credit: null, evidence: NOT_ASSESSED, concept }));
  }
  const bands = (p.phaseBandsMinutes as [number, number][] | undefined) ?? DEFAULT_PHASE_BANDS;
  const phases = [1, 2, 3].map((i) => bandCredit(p.phaseSeconds[i], bands[i]));
  const out: Draft[] = [
    { id: "phases-in-band", group, label: "Time per phase inside the bands", weight: 6, credit: phases.reduce((s, x) => s + x, 0) / 3, evidence: `phases 2-4: ${[1, 2, 3].map((i) => `${f1(p.phaseSeconds[i] / 60)} min (band ${bands[i][0]}-${bands[i][1]})`).join(", ")}`, concept },
    { id: "wrap-up", group, label: "Wrap-up written", weight: 3, credit: clamp01(p.wrapUpWords / 50), evidence: `${p.wrapUpWords} words of wrap-up (50 for full credit)`, concept },
    { id: "assumptions-units", group, label: "Assumptions and units written", weight: 2, credit: (p.assumptionsStated > 0 ? 0.5 : 0) + (p.unitsWritten ? 0.5 : 0), evidence: `${p.assumptionsStated} assumptions stated; units ${p.unitsWritten ? "written" : "missing"}`, concept },
    { id: "tradeoffs", group, label: "Trade-offs noted", weight: 2, credit: p.tradeoffsNoted ? 1 : 0, evidence: p.tradeoffsNoted ? "trade-offs noted" : "no trade-offs noted", concept },
    { id: "feedback-in-phase-2", group, label: "Asked for buy-in on the high-level design", weight: 2, credit: p.feedbackRequestedInPhase2 ? 1 : 0, evidence: p.feedbackRequestedInPhase2 ? "feedback requested in phase 2" : "no feedback requested in phase 2", concept },
  ];
  if ((p.probesAsked ?? 0) > 0) {
    const asked = p.probesAsked ?? 0;
    const answered = Math.min(asked, p.probesAnswered ?? 0);
    out.push({ id: "probes-answered", group, label: "Answered the interviewer's follow-up questions", weight: 2, credit: answered / asked, evidence: `${answered} of ${asked} follow-up question${asked === 1 ? "" : "s"} answered with what the interviewer was looking for`, concept: "four-step-framework" });
  }
  return out;
}
