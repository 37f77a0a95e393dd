import { text, type Text } from "@/lib/simulator/text-tree";
import { INTERVIEW_TOTAL_MINUTES, type PhaseBands, type PhaseNumber } from "./phases.ts";

// The interview clock. Time is the server's: every number here is derived from server
// timestamps, so a reload or another machine shows the same clock. All results are in
// interview-seconds = real seconds × timeScale (a test can run 45 minutes in 45 ms).

export type ClockMode = "STRICT" | "PRACTICE";
export type PhaseAdvance = { at: Date; to: 2 | 3 | 4 };

export type ClockInput = {
  startedAt: Date;
  now: Date;
  mode: ClockMode;
  bands: PhaseBands;
  advances: readonly PhaseAdvance[];
  timeScale: number;
  submittedAt?: Date | null;
};

export type BandStatus = "under" | "in" | "over";

export type Clock = {
  phase: PhaseNumber;
  phaseElapsedSeconds: number;
  totalElapsedSeconds: number;
  totalRemainingSeconds: number;
  band: { min: number; max: number };
  bandStatus: BandStatus;
  /**
   * A `clockWarnings` message the header shows in the reader's language. The clock runs in the
   * browser every second, so it carries the text, not words (formatText gives the English).
   */
  warningText: Text | null;
  strictAdvanceDue: boolean;
  timeUp: boolean;
  phaseSeconds: [number, number, number, number];
};

export const TOTAL_SECONDS = INTERVIEW_TOTAL_MINUTES * 60;
/** Warn this many interview-seconds before a phase's upper bound. */
export const BAND_WARNING_SECONDS = 60;
/** Warn to wrap up when this many interview-seconds are left and phase 4 is not reached. */
export const WRAP_UP_WARNING_SECONDS = 5 * 60;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Interview-seconds between two instants, never negative. */
export function interviewSeconds(from: Date, to: Date, timeScale: number): number {
  return Math.max(0, ((to.getTime() - from.getTime()) / 1000) * timeScale);
}

/** The instant at which `seconds` interview-seconds have passed since `startedAt`. */
export function instantAfter(startedAt: Date, seconds: number, timeScale: number): Date {
  return new Date(startedAt.getTime() + (seconds / timeScale) * 1000);
}

/** Where the clock stops: now, the submission, or the end of the 45 minutes, whichever is first. */
function clockEndSeconds(input: ClockInput): number {
  const scale = safeScale(input.timeScale);
  let end = interviewSeconds(input.startedAt, input.now, scale);
  if (input.submittedAt) end = Math.min(end, interviewSeconds(input.startedAt, input.submittedAt, scale));
  return Math.min(end, TOTAL_SECONDS);
}

function safeScale(timeScale: number): number {
  return Number.isFinite(timeScale) && timeScale > 0 ? timeScale : 1;
}

type Timeline = { phase: PhaseNumber; phaseStart: number; phaseSeconds: [number, number, number, number] };

/**
 * Walks the recorded advances up to `endSeconds`. Only forward moves count (a retried or
 * stale advance to the current or an earlier phase is ignored), so the walk is total.
 */
function walkAdvances(input: ClockInput, endSeconds: number): Timeline {
  const scale = safeScale(input.timeScale);
  const sorted = [...input.advances].sort((a, b) => a.at.getTime() - b.at.getTime());
  const phaseSeconds: [number, number, number, number] = [0, 0, 0, 0];
  let phase: PhaseNumber = 1;
  let phaseStart = 0;
  for (const advance of sorted) {
    const t = interviewSeconds(input.startedAt, advance.at, scale);
    if (t > endSeconds) break;
    if (advance.to <= phase) continue;
    phaseSeconds[phase - 1] += t - phaseStart;
    phase = advance.to;
    phaseStart = t;
  }
  phaseSeconds[phase - 1] += endSeconds - phaseStart;
  return { phase, phaseStart, phaseSeconds };
}

export function computeClock(input: ClockInput): Clock {
  const end = clockEndSeconds(input);
  const { phase, phaseStart, phaseSeconds } = walkAdvances(input, end);
  const [minMinutes, maxMinutes] = input.bands[phase - 1];
  const band = { min: minMinutes * 60, max: maxMinutes * 60 };
  const phaseElapsed = end - phaseStart;
  const bandStatus: BandStatus = phaseElapsed < band.min ? "under" : phaseElapsed <= band.max ? "in" : "over";
  const timeUp = end >= TOTAL_SECONDS;
  const strictAdvanceDue = input.mode === "STRICT" && !timeUp && phase < 4 && phaseElapsed >= band.max;
  const remaining = TOTAL_SECONDS - end;
  const warningText = clockWarning({ phase, phaseElapsed, band, remaining, timeUp, mode: input.mode, maxMinutes });
  return {
    phase,
    phaseElapsedSeconds: round3(phaseElapsed),
    totalElapsedSeconds: round3(end),
    totalRemainingSeconds: round3(remaining),
    band,
    bandStatus,
    warningText,
    strictAdvanceDue,
    timeUp,
    phaseSeconds: phaseSeconds.map(round3) as [number, number, number, number],
  };
}

function clockWarning(c: {
  phase: PhaseNumber;
  phaseElapsed: number;
  band: { min: number; max: number };
  remaining: number;
  timeUp: boolean;
  mode: ClockMode;
  maxMinutes: number;
}): Text | null {
  if (c.timeUp) return text("clockWarnings.timeUp", { total: INTERVIEW_TOTAL_MINUTES });
  if (c.phaseElapsed > c.band.max || (c.mode === "STRICT" && c.phaseElapsed >= c.band.max)) {
    if (c.mode === "STRICT" && c.phase < 4) return text("clockWarnings.strictAdvance", { phase: c.phase, max: c.maxMinutes, next: c.phase + 1 });
    return text("clockWarnings.pastBand", { phase: c.phase, max: c.maxMinutes });
  }
  if (c.band.max - c.phaseElapsed <= BAND_WARNING_SECONDS) return text("clockWarnings.bandEnding", { phase: c.phase, max: c.maxMinutes });
  if (c.phase < 4 && c.remaining <= WRAP_UP_WARNING_SECONDS) return text("clockWarnings.wrapUp", { minutes: WRAP_UP_WARNING_SECONDS / 60 });
  return null;
}

export type DueAdvance = { from: 1 | 2 | 3; to: 2 | 3 | 4; reason: "timeout"; at: Date };

/**
 * Strict mode only: the `phase_advanced` events (reason timeout) the server should append
 * now. If the candidate was away, several phases may have run out; each advance is dated
 * at the instant its phase's upper bound was spent (not at `now`), so that appending them
 * with that `at` gives every phase exactly its band.
 */
export function dueAdvances(input: ClockInput): DueAdvance[] {
  if (input.mode !== "STRICT") return [];
  const scale = safeScale(input.timeScale);
  const end = clockEndSeconds(input);
  let { phase, phaseStart } = walkAdvances(input, end);
  const due: DueAdvance[] = [];
  while (phase < 4) {
    const dueAt = phaseStart + input.bands[phase - 1][1] * 60;
    // At the 45th minute the interview ends; there is no phase left to move to.
    if (dueAt > end || dueAt >= TOTAL_SECONDS) break;
    const from = phase as 1 | 2 | 3;
    const to = (phase + 1) as 2 | 3 | 4;
    due.push({ from, to, reason: "timeout", at: instantAfter(input.startedAt, dueAt, scale) });
    phase = to;
    phaseStart = dueAt;
  }
  return due;
}
