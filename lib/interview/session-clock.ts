import { computeClock, dueAdvances, type Clock, type ClockMode, type DueAdvance, type PhaseAdvance } from "./clock.ts";
import type { InterviewEvent } from "./events.ts";
import type { PhaseBands } from "./phases.ts";

// The clock's inputs come from the session row (start, mode, bands, scale) and its event
// log (advances, submission); this joins them so routes do not repeat the extraction.

export type SessionClockInput = {
  events: readonly InterviewEvent[];
  startedAt: Date;
  now: Date;
  mode: ClockMode;
  bands: PhaseBands;
  timeScale: number;
};

export function advancesFromEvents(events: readonly InterviewEvent[]): PhaseAdvance[] {
  return events.flatMap((e) => (e.type === "phase_advanced" ? [{ at: new Date(e.at), to: e.payload.to }] : []));
}

export function submittedAtFromEvents(events: readonly InterviewEvent[]): Date | null {
  const submitted = events.find((e) => e.type === "submitted");
  return submitted ? new Date(submitted.at) : null;
}

function clockInput(input: SessionClockInput) {
  const { events, ...rest } = input;
  return { ...rest, advances: advancesFromEvents(events), submittedAt: submittedAtFromEvents(events) };
}

export function sessionClock(input: SessionClockInput): Clock {
  return computeClock(clockInput(input));
}

/** Strict-mode timeouts the server should append now, as `phase_advanced` payloads with their `at`. */
export function sessionDueAdvances(input: SessionClockInput): DueAdvance[] {
  return dueAdvances(clockInput(input));
}
