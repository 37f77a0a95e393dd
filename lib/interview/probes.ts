import type { Design, NodeKind } from "@/lib/simulator/schema";
import type { PhaseNumber } from "./phases.ts";

// Follow-up probes: the interviewer's questions about the candidate's design (CONTRACT.md
// `probes[].when`). A phase probe belongs to that phase only. A design probe waits for a
// board to talk about: `has` from phase 2 once that kind is drawn, `missing` from the deep
// dive on (phase 2 is where the candidate is still drawing) once something is on the board.

export type ProbeCondition = { phase: 2 | 3 | 4 } | { missing: NodeKind } | { has: NodeKind };
export type Probe = { when: ProbeCondition; ask: string; lookFor?: string[] };
export type DueProbe<P extends Probe = Probe> = { index: number; probe: P };

function onBoard(design: Design, kind: NodeKind): boolean {
  return design.nodes.some((n) => n.kind === kind);
}

export function probeApplies(when: ProbeCondition, phase: PhaseNumber, design: Design): boolean {
  if ("phase" in when) return phase === when.phase;
  const drawn = design.nodes.some((n) => n.kind !== "client");
  if ("has" in when) return phase >= 2 && onBoard(design, when.has);
  return phase >= 3 && drawn && !onBoard(design, when.missing);
}

/** Every probe that applies now and has not been asked, in the author's order. */
export function eligibleProbes<P extends Probe>(
  probes: readonly P[],
  phase: PhaseNumber,
  design: Design,
  alreadyAsked: readonly number[],
): DueProbe<P>[] {
  return probes.flatMap((probe, index) =>
    !alreadyAsked.includes(index) && probeApplies(probe.when, phase, design) ? [{ index, probe }] : [],
  );
}

/**
 * The probe the interviewer should ask now: at most one, the first eligible in the author's
 * order, so the candidate answers one follow-up at a time. Empty when none is due.
 */
export function dueProbes<P extends Probe>(
  probes: readonly P[],
  phase: PhaseNumber,
  design: Design,
  alreadyAsked: readonly number[],
): DueProbe<P>[] {
  return eligibleProbes(probes, phase, design, alreadyAsked).slice(0, 1);
}
