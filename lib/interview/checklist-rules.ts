import type { Design, ScenarioKind } from "@/lib/simulator/schema";
import type { Clock } from "./clock.ts";
import type { InterviewEvent } from "./events.ts";
import type { SessionState } from "./fold.ts";
import { DEFAULT_PHASE_BANDS_MINUTES, type PhaseBands, type PhaseNumber } from "./phases.ts";
import { countWords, keyFacts, type ProcessFact } from "./process.ts";

// Checklist items may carry a `rule:`; these decide them from the session, so the checklist
// ticks itself. A rule is "pending" while it can still be met, "unmet" once its phase is
// over (or the session is), and "met" as soon as the evidence is there. Thresholds follow the
// source notes' advice and are named so the explanations can quote them.

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
export type RuleResult = { status: RuleStatus; explanation: string };
/** `phase`: the phase of the checklist item being judged, for rules judged per phase (time in band). */
export type RuleContext = { facts?: readonly ProcessFact[]; bands?: PhaseBands; phase?: PhaseNumber };

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const minutes = (seconds: number) => {
  const m = Math.round((seconds / 60) * 10) / 10;
  return `${m} ${m === 1 ? "minute" : "minutes"}`;
};

type Session = { state: SessionState; clock: Pick<Clock, "phase" | "phaseSeconds" | "timeUp">; over: boolean };

/** Met now, or else unmet once `lastPhase` is behind the candidate (or the session is over). */
function decide(s: Session, met: boolean, lastPhase: PhaseNumber, metText: string, notYetText: string, unmetText: string): RuleResult {
  if (met) return { status: "met", explanation: metText };
  if (s.over || s.state.phase > lastPhase) return { status: "unmet", explanation: unmetText };
  return { status: "pending", explanation: notYetText };
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
      const n = state.stats.firstComponentAt ? state.stats.questionsBeforeFirstComponent : state.stats.questionsAsked;
      const asked = `You asked ${plural(n, "question")} before placing the first component`;
      if (n >= t.questionsBeforeDrawing) return { status: "met", explanation: `${asked}.` };
      if (state.stats.firstComponentAt || s.over) {
        return { status: "unmet", explanation: `${asked}; ask at least ${t.questionsBeforeDrawing} clarifying questions before drawing.` };
      }
      return { status: "pending", explanation: `${plural(n, "question")} so far; ask at least ${t.questionsBeforeDrawing} before drawing.` };
    }
    case "clarified-key-facts": {
      const key = keyFacts(context.facts ?? []);
      if (key.length === 0) return { status: "pending", explanation: "This prompt lists no facts to clarify." };
      const revealed = key.filter((f) => state.revealedFactIds.includes(f.id)).length;
      const needed = Math.ceil(key.length * t.keyFactShare);
      const text = `You clarified ${revealed} of ${plural(key.length, "key fact")}`;
      return decide(s, revealed >= needed, 1, `${text}.`, `${text} so far; aim for at least ${needed}.`, `${text}; at least ${needed} were needed before designing.`);
    }
    case "wrote-requirements": {
      const fields = Object.keys(state.requirements).length;
      const items = state.functional.length;
      const text = `You wrote ${plural(items, "functional requirement")} and ${plural(fields, "non-functional field")}`;
      const met = items >= t.functionalItems && fields >= t.requirementFields;
      const want = `at least ${plural(t.functionalItems, "functional requirement")} and ${t.requirementFields} non-functional fields`;
      return decide(s, met, 1, `${text}.`, `${text} so far; write ${want}.`, `${text}; phase 1 ended without ${want}.`);
    }
    case "stated-assumptions": {
      const assumed = Object.entries(state.requirements).filter(([, r]) => r?.source === "assumption").map(([f]) => f);
      return decide(
        s,
        assumed.length > 0,
        1,
        `You stated ${plural(assumed.length, "assumption")} (${assumed.join(", ")}).`,
        "No assumptions yet: where the interviewer has no answer, state one on the requirements sheet.",
        "You stated no assumptions; say what you assume where the interviewer leaves it to you.",
      );
    }
    case "wrote-estimates": {
      const fields = Object.keys(state.estimates);
      return decide(
        s,
        fields.length > 0,
        2,
        `You wrote ${plural(fields.length, "estimate")} (${fields.join(", ")}).`,
        "No estimates yet: work out the QPS and storage from the requirements.",
        "You wrote no back-of-the-envelope estimates (QPS, storage) before the deep dive.",
      );
    }
    case "feedback-in-phase-2": {
      const runs = state.feedbackRuns.filter((r) => r.phase === 2).length;
      return decide(
        s,
        runs > 0,
        2,
        `You asked for feedback on the high-level design ${runs === 1 ? "once" : `${runs} times`}.`,
        "Ask the interviewer for feedback on the high-level design before going deep.",
        "You did not ask for feedback on the high-level design in phase 2.",
      );
    }
    case "high-level-before-deep-dive": {
      const design = designAtDeepDive(events);
      if (design === null) {
        const now = componentCount(state.design);
        if (s.over) return { status: "unmet", explanation: `The deep dive was never reached; the board holds ${plural(now, "component")}.` };
        return { status: "pending", explanation: `The board holds ${plural(now, "component")}; draw at least ${t.highLevelComponents}, connected, before the deep dive.` };
      }
      const n = componentCount(design);
      const connected = design.nodes.filter((node) => design.edges.some((e) => e.from === node.id || e.to === node.id)).length;
      const allConnected = connected === design.nodes.length;
      if (n >= t.highLevelComponents && allConnected) {
        return { status: "met", explanation: `You entered the deep dive with ${plural(n, "connected component")} on the board.` };
      }
      const why = n < t.highLevelComponents ? `only ${plural(n, "component")}` : `${plural(design.nodes.length - connected, "unconnected node")}`;
      return { status: "unmet", explanation: `You entered the deep dive with ${why}; finish the high-level picture first.` };
    }
    case "ran-failure-scenario": {
      const failures = state.scenarioRuns.filter((r) => FAILURE_SCENARIOS.includes(r.scenario.kind));
      const kinds = [...new Set(failures.map((r) => r.scenario.kind.replace(/_/g, " ")))];
      return decide(
        s,
        failures.length > 0,
        3,
        `You ran ${plural(failures.length, "failure scenario")} (${kinds.join(", ")}).`,
        "Run a failure scenario (an instance, a node, a region or the CDN going down).",
        "You never tested the design against a failure.",
      );
    }
    case "wrote-wrap-up": {
      const words = countWords(state.notes[4].text);
      const text = `Your wrap-up notes have ${plural(words, "word")}`;
      if (words >= t.wrapUpWords) return { status: "met", explanation: `${text}.` };
      if (s.over) return { status: "unmet", explanation: `${text}; summarise bottlenecks, failures and next steps in at least ${t.wrapUpWords}.` };
      return { status: "pending", explanation: `${text}; aim for at least ${t.wrapUpWords}.` };
    }
    case "phase-in-band":
      return context.phase === undefined
        ? phaseInBand(s, context.bands ?? DEFAULT_PHASE_BANDS_MINUTES)
        : ownPhaseInBand(s, context.bands ?? DEFAULT_PHASE_BANDS_MINUTES, context.phase);
    default:
      return { status: "pending", explanation: `"${ruleId}" is not an automatic rule; tick it yourself.` };
  }
}

/**
 * "Spend about N minutes here", judged for its own phase: pending while that phase runs (or has
 * not started), then met or unmet on that phase's own time once it has ended.
 */
function ownPhaseInBand(s: Session, bands: PhaseBands, phase: PhaseNumber): RuleResult {
  const [min, max] = bands[phase - 1];
  const band = `${min}–${max} minute band`;
  const seconds = s.clock.phaseSeconds[phase - 1];
  const ended = s.over || s.state.phase > phase;
  if (!ended) {
    if (s.state.phase < phase) return { status: "pending", explanation: `Phase ${phase} has not started yet.` };
    return { status: "pending", explanation: `Phase ${phase} has not ended yet: ${minutes(seconds)} so far of its ${band}.` };
  }
  if (seconds === 0) return { status: "unmet", explanation: `Phase ${phase} was never reached.` };
  if (seconds < min * 60) return { status: "unmet", explanation: `Phase ${phase} took ${minutes(seconds)}, under its ${band}.` };
  if (seconds > max * 60) return { status: "unmet", explanation: `Phase ${phase} took ${minutes(seconds)}, over its ${band}.` };
  return { status: "met", explanation: `Phase ${phase} took ${minutes(seconds)}, within its ${band}.` };
}

/** Every finished phase at once (used where no item's phase is given). */
function phaseInBand(s: Session, bands: PhaseBands): RuleResult {
  // Phases the candidate has finished: those before the current one; once the session is
  // over, all four (a phase never reached is a pacing miss too).
  const finished = s.over ? 4 : s.state.phase - 1;
  if (finished === 0) return { status: "pending", explanation: "No phase has finished yet." };
  const outside: string[] = [];
  for (let p = 1; p <= finished; p++) {
    const seconds = s.clock.phaseSeconds[p - 1];
    const [min, max] = bands[p - 1];
    if (seconds === 0) outside.push(`phase ${p} was never reached`);
    else if (seconds < min * 60 || seconds > max * 60) outside.push(`phase ${p} took ${minutes(seconds)} (band ${min}–${max})`);
  }
  if (outside.length > 0) {
    const list = outside.join("; ");
    return { status: "unmet", explanation: `${list.charAt(0).toUpperCase()}${list.slice(1)}.` };
  }
  const text = finished === 1 ? "Phase 1 finished within its band" : `Phases 1–${finished} finished within their bands`;
  if (s.over) return { status: "met", explanation: `${text}.` };
  return { status: "pending", explanation: `${text} so far.` };
}
