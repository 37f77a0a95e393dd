import type { Design, ScenarioKind } from "@/lib/simulator/schema";
import { formatText, list, text, type Text } from "@/lib/simulator/text";
import type { Clock } from "./clock.ts";
import type { InterviewEvent } from "./events.ts";
import type { SessionState } from "./fold.ts";
import { DEFAULT_PHASE_BANDS_MINUTES, type PhaseBands, type PhaseNumber } from "./phases.ts";
import { countWords, keyFacts, type ProcessFact } from "./process.ts";

// Checklist items may carry a `rule:`; these decide them from the session, so the checklist
// ticks itself. A rule is "pending" while it can still be met, "unmet" once its phase is
// over (or the session is), and "met" as soon as the evidence is there. Thresholds follow the
// source notes' advice and are named so the explanations can quote them.
//
// Each explanation is a language-neutral text (a key of content/messages' `checklistRules` and
// its numbers and ids); the English `explanation` is that text rendered with the English
// catalogue, so stored reports keep their English and the reader's language is chosen at the edge.

export const RULE_IDS = [
  "asked-before-drawing",
  "clarified-key-facts",
  "wrote-requirements",
  "stated-assumptions",
  "wrote-estimates",
  "feedback-in-phase-2",
  "high-level-before-deep-dive",
  "ran-failure-scenario",
  "wrote-wrap-up",
  "phase-in-band",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_THRESHOLDS = {
  questionsBeforeDrawing: 3,
  keyFactShare: 2 / 3,
  functionalItems: 1,
  requirementFields: 2,
  highLevelComponents: 3,
  wrapUpWords: 25,
} as const;

const FAILURE_SCENARIOS: readonly ScenarioKind[] = ["instance_failure", "node_down", "region_outage", "cdn_outage"];

export type RuleStatus = "met" | "unmet" | "pending";
/** `explanation`: English, rendered from `explanationText` (stored reports and the export read it). */
export type RuleResult = { status: RuleStatus; explanation: string; explanationText: Text };
/** `phase`: the phase of the checklist item being judged, for rules judged per phase (time in band). */
export type RuleContext = { facts?: readonly ProcessFact[]; bands?: PhaseBands; phase?: PhaseNumber };

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

const K = "checklistRules";
/** Minutes to one decimal, as the explanations quote them. */
const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

function result(status: RuleStatus, key: string, params?: Parameters<typeof text>[1]): RuleResult {
  const t = text(`${K}.${key}`, params);
  return { status, explanation: formatText(t, "en"), explanationText: t };
}
type Said = [key: string, params?: Parameters<typeof text>[1]];

type Session = { state: SessionState; clock: Pick<Clock, "phase" | "phaseSeconds" | "timeUp">; over: boolean };

/** Met now, or else unmet once `lastPhase` is behind the candidate (or the session is over). */
function decide(s: Session, met: boolean, lastPhase: PhaseNumber, metText: Said, notYetText: Said, unmetText: Said): RuleResult {
  if (met) return result("met", ...metText);
  if (s.over || s.state.phase > lastPhase) return result("unmet", ...unmetText);
  return result("pending", ...notYetText);
}

function componentCount(design: Design): number {
  return design.nodes.filter((n) => n.kind !== "client").length;
}

/** The board as it stood when the candidate entered the deep dive (phase 3 or later). */
function designAtDeepDive(events: readonly InterviewEvent[]): Design | null {
  let design: Design = { nodes: [], edges: [] };
  let phase = 1;
  for (const event of events) {
    if (event.type === "design_set") design = event.payload.design;
    if (event.type === "phase_advanced" && event.payload.to > phase) {
      phase = event.payload.to;
      if (phase >= 3) return design;
    }
  }
  return null;
}

export function evaluateRule(
  ruleId: string,
  events: readonly InterviewEvent[],
  state: SessionState,
  clock: Pick<Clock, "phase" | "phaseSeconds" | "timeUp">,
  context: RuleContext = {},
): RuleResult {
  const s: Session = { state, clock, over: state.submitted !== null || clock.timeUp };
  const t = RULE_THRESHOLDS;
  switch (ruleId) {
    case "asked-before-drawing": {
      const count = state.stats.firstComponentAt ? state.stats.questionsBeforeFirstComponent : state.stats.questionsAsked;
      const said = { count, needed: t.questionsBeforeDrawing };
      if (count >= t.questionsBeforeDrawing) return result("met", "askedBeforeDrawing.met", said);
      if (state.stats.firstComponentAt || s.over) return result("unmet", "askedBeforeDrawing.unmet", said);
      return result("pending", "askedBeforeDrawing.pending", said);
    }
    case "clarified-key-facts": {
      const key = keyFacts(context.facts ?? []);
      if (key.length === 0) return result("pending", "clarifiedKeyFacts.noFacts");
      const revealed = key.filter((f) => state.revealedFactIds.includes(f.id)).length;
      const needed = Math.ceil(key.length * t.keyFactShare);
      const said = { revealed, total: key.length, needed };
      return decide(s, revealed >= needed, 1, ["clarifiedKeyFacts.met", said], ["clarifiedKeyFacts.pending", said], ["clarifiedKeyFacts.unmet", said]);
    }
    case "wrote-requirements": {
      const fields = Object.keys(state.requirements).length;
      const items = state.functional.length;
      const met = items >= t.functionalItems && fields >= t.requirementFields;
      const said = { items, fields, neededItems: t.functionalItems, neededFields: t.requirementFields };
      return decide(s, met, 1, ["wroteRequirements.met", said], ["wroteRequirements.pending", said], ["wroteRequirements.unmet", said]);
    }
    case "stated-assumptions": {
      const assumed = Object.entries(state.requirements).filter(([, r]) => r?.source === "assumption").map(([f]) => f);
      return decide(
        s,
        assumed.length > 0,
        1,
        ["statedAssumptions.met", { count: assumed.length, fields: list(assumed) }],
        ["statedAssumptions.pending"],
        ["statedAssumptions.unmet"],
      );
    }
    case "wrote-estimates": {
      const fields = Object.keys(state.estimates);
      return decide(s, fields.length > 0, 2, ["wroteEstimates.met", { count: fields.length, fields: list(fields) }], ["wroteEstimates.pending"], ["wroteEstimates.unmet"]);
    }
    case "feedback-in-phase-2": {
      const runs = state.feedbackRuns.filter((r) => r.phase === 2).length;
      return decide(s, runs > 0, 2, ["feedbackInPhase2.met", { count: runs }], ["feedbackInPhase2.pending"], ["feedbackInPhase2.unmet"]);
    }
    case "high-level-before-deep-dive": {
      const design = designAtDeepDive(events);
      if (design === null) {
        const now = componentCount(state.design);
        if (s.over) return result("unmet", "highLevelBeforeDeepDive.neverReached", { count: now });
        return result("pending", "highLevelBeforeDeepDive.pending", { count: now, needed: t.highLevelComponents });
      }
      const n = componentCount(design);
      const connected = design.nodes.filter((node) => design.edges.some((e) => e.from === node.id || e.to === node.id)).length;
      const allConnected = connected === design.nodes.length;
      if (n >= t.highLevelComponents && allConnected) return result("met", "highLevelBeforeDeepDive.met", { count: n });
      if (n < t.highLevelComponents) return result("unmet", "highLevelBeforeDeepDive.tooFew", { count: n });
      return result("unmet", "highLevelBeforeDeepDive.unconnected", { count: design.nodes.length - connected });
    }
    case "ran-failure-scenario": {
      const failures = state.scenarioRuns.filter((r) => FAILURE_SCENARIOS.includes(r.scenario.kind));
      const kinds = [...new Set(failures.map((r) => r.scenario.kind))].map((kind) => text(`${K}.ranFailureScenario.kinds.${kind}`));
      return decide(
        s,
        failures.length > 0,
        3,
        ["ranFailureScenario.met", { count: failures.length, kinds: list(kinds) }],
        ["ranFailureScenario.pending"],
        ["ranFailureScenario.unmet"],
      );
    }
    case "wrote-wrap-up": {
      const words = countWords(state.notes[4].text);
      const said = { count: words, needed: t.wrapUpWords };
      if (words >= t.wrapUpWords) return result("met", "wroteWrapUp.met", said);
      if (s.over) return result("unmet", "wroteWrapUp.unmet", said);
      return result("pending", "wroteWrapUp.pending", said);
    }
    case "phase-in-band":
      return context.phase === undefined
        ? phaseInBand(s, context.bands ?? DEFAULT_PHASE_BANDS_MINUTES)
        : ownPhaseInBand(s, context.bands ?? DEFAULT_PHASE_BANDS_MINUTES, context.phase);
    default:
      return result("pending", "notAutomatic", { rule: ruleId });
  }
}

/**
 * "Spend about N minutes here", judged for its own phase: pending while that phase runs (or has
 * not started), then met or unmet on that phase's own time once it has ended.
 */
function ownPhaseInBand(s: Session, bands: PhaseBands, phase: PhaseNumber): RuleResult {
  const [min, max] = bands[phase - 1];
  const seconds = s.clock.phaseSeconds[phase - 1];
  const said = { phase, minutes: minutes(seconds), min, max };
  const ended = s.over || s.state.phase > phase;
  if (!ended) {
    if (s.state.phase < phase) return result("pending", "phaseInBand.notStarted", { phase });
    return result("pending", "phaseInBand.running", said);
  }
  if (seconds === 0) return result("unmet", "phaseInBand.neverReached", { phase });
  if (seconds < min * 60) return result("unmet", "phaseInBand.under", said);
  if (seconds > max * 60) return result("unmet", "phaseInBand.over", said);
  return result("met", "phaseInBand.within", said);
}

/** Every finished phase at once (used where no item's phase is given). */
function phaseInBand(s: Session, bands: PhaseBands): RuleResult {
  // Phases the candidate has finished: those before the current one; once the session is
  // over, all four (a phase never reached is a pacing miss too).
  const finished = s.over ? 4 : s.state.phase - 1;
  if (finished === 0) return result("pending", "phaseInBand.noneFinished");
  const outside: Text[] = [];
  for (let p = 1; p <= finished; p++) {
    const seconds = s.clock.phaseSeconds[p - 1];
    const [min, max] = bands[p - 1];
    // The first clause opens the sentence (capitalised in English).
    const first = outside.length === 0 ? "First" : "";
    if (seconds === 0) outside.push(text(`${K}.phaseInBand.clauseNeverReached${first}`, { phase: p }));
    else if (seconds < min * 60 || seconds > max * 60) outside.push(text(`${K}.phaseInBand.clauseOutside${first}`, { phase: p, minutes: minutes(seconds), min, max }));
  }
  if (outside.length > 0) return result("unmet", "phaseInBand.outside", { clauses: list(outside, "semicolon") });
  if (s.over) return result("met", "phaseInBand.allWithin", { finished });
  return result("pending", "phaseInBand.allWithinSoFar", { finished });
}
