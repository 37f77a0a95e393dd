import type { ProcessBlock } from "@/lib/simulator/schema";
import type { Clock } from "./clock.ts";
import type { SessionState } from "./fold.ts";
import type { PhaseBands } from "./phases.ts";

// The design document's `process` block: what the interview itself shows about how the
// candidate worked (CONTRACT.md). The simulator scores it; this only measures.

export type ProcessFact = { id: string; key?: boolean };

// "trade-off", "tradeoff", "vs", "instead of", "at the cost of", "pros and cons", "downside",
// and Korean 트레이드오프 / 장단점 / 단점 / 대신 / 반면.
const TRADEOFF_PATTERN =
  /trade[\s-]?offs?|\bvs\.?(?=\s)|\bversus\b|instead of|at the (?:cost|expense) of|pros and cons|\bdownsides?\b|\bdrawbacks?\b|트레이드\s?오프|장단점|단점|대신|반면/iu;

// A number followed by a unit of rate, size, time or share: "2,300 QPS", "2 TB/day", "200 ms".
const UNIT_PATTERN =
  /\d[\d.,]*\s*(?:[kmbt]\s*)?(?:qps|rps|tps|req(?:uests)?\s*\/\s*s(?:ec)?|\/\s*s(?:ec)?\b|per\s+(?:second|day|month|year)|\/\s*(?:day|month|year)|[kmgtpe]i?b\b|bytes?\b|ms\b|seconds?\b|secs?\b|minutes?\b|hours?\b|days?\b|years?\b|%|초|분|시간|일|년|바이트)/iu;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function mentionsTradeoff(text: string): boolean {
  return TRADEOFF_PATTERN.test(text);
}

export function hasUnits(text: string): boolean {
  return UNIT_PATTERN.test(text);
}

/** Facts that count towards "clarified the essentials": those marked key, or all if none is. */
export function keyFacts<T extends ProcessFact>(facts: readonly T[]): T[] {
  const marked = facts.filter((f) => f.key === true);
  return marked.length > 0 ? marked : [...facts];
}

export function allNotesText(state: SessionState): string {
  return [state.notes[1].text, state.notes[2].text, state.notes[3].text, state.notes[4].text].join("\n");
}

/**
 * Probes the interviewer put, and those the candidate answered with at least one of the
 * probe's `lookFor` terms (or, for a probe without any, with a substantive reply): the
 * conversation records both on its replies (conversation.ts), the fold counts them.
 */
export function probeCounts(state: Pick<SessionState, "probesAsked" | "probeReplies">): { probesAsked: number; probesAnswered: number } {
  const answered = state.probesAsked.filter((index) => {
    const reply = state.probeReplies[index];
    return reply !== undefined && (reply.matched.length > 0 || reply.acknowledged > 0);
  });
  return { probesAsked: state.probesAsked.length, probesAnswered: answered.length };
}

export function buildProcessBlock(
  state: SessionState,
  clock: Pick<Clock, "phaseSeconds">,
  facts: readonly ProcessFact[],
  opts?: { bands?: PhaseBands },
): ProcessBlock {
  const key = keyFacts(facts);
  const revealed = new Set(state.revealedFactIds);
  const requirementEntries = Object.values(state.requirements);
  const notes = allNotesText(state);
  const block: ProcessBlock = {
    phaseSeconds: clock.phaseSeconds.map((s) => Math.max(0, Math.round(s))) as ProcessBlock["phaseSeconds"],
    questionsAsked: state.stats.questionsAsked,
    questionsBeforeFirstComponent: state.stats.questionsBeforeFirstComponent,
    keyFactsRevealed: key.filter((f) => revealed.has(f.id)).length,
    keyFactsTotal: key.length,
    requirementFieldsFilled: requirementEntries.length,
    assumptionsStated: requirementEntries.filter((r) => r?.source === "assumption").length,
    candidateEstimates: { ...state.estimates },
    feedbackRequestedInPhase2: state.feedbackRuns.some((r) => r.phase === 2),
    wrapUpWords: countWords(state.notes[4].text),
    tradeoffsNoted: mentionsTradeoff(notes),
    // An estimate is a number in a named unit (readQps, storageBytesPerDay…), so any counts.
    unitsWritten: Object.keys(state.estimates).length > 0 || hasUnits(notes),
    ...probeCounts(state),
  };
  if (opts?.bands) {
    block.phaseBandsMinutes = opts.bands.map(([min, max]) => [min, max]) as ProcessBlock["phaseBandsMinutes"];
  }
  return block;
}
