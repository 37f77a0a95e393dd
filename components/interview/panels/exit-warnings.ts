import type { Clock } from "@/lib/interview/clock";
import type { PhaseBands } from "@/lib/interview/phases";
import { formatClock } from "./format";

/** Leaving before half of a phase's lower bound is "far under" its band: worth one warning. */
export const FAR_UNDER_SHARE = 0.5;

const minutesText = (seconds: number) => {
  const whole = Math.floor(seconds / 60);
  const rest = Math.floor(seconds % 60);
  if (whole === 0) return `${rest} second${rest === 1 ? "" : "s"}`;
  return rest === 0 ? `${whole} minute${whole === 1 ? "" : "s"}` : `${whole} min ${rest} s`;
};

/**
 * The warning before leaving the current phase far under its band, with the time spent and the
 * band; null when leaving now is fine (or there is no next phase).
 */
export function earlyExitWarning(clock: Pick<Clock, "phase" | "phaseElapsedSeconds">, bands: PhaseBands): string | null {
  if (clock.phase === 4) return null;
  const [min, max] = bands[clock.phase - 1];
  if (clock.phaseElapsedSeconds >= min * 60 * FAR_UNDER_SHARE) return null;
  return `You have spent ${minutesText(clock.phaseElapsedSeconds)} in phase ${clock.phase}; its band is ${min}–${max} minutes. Move on anyway?`;
}

export type PendingCheck = { phase: number; text: string };

/**
 * What "Submit now?" says: the time left and what is still pending — phases not reached and the
 * automatic checks of the phases so far that are not decided yet.
 */
export function submitSummary(clock: Pick<Clock, "phase" | "totalRemainingSeconds">, pending: readonly PendingCheck[]): string {
  const parts = [`${formatClock(clock.totalRemainingSeconds)} left.`];
  const notReached = 4 - clock.phase;
  if (notReached === 1) parts.push("Phase 4 not reached.");
  else if (notReached > 1) parts.push(`Phases ${clock.phase + 1}–4 not reached.`);
  const open = pending.filter((check) => check.phase <= clock.phase);
  if (open.length > 0) {
    const shown = open.slice(0, 2).map((check) => check.text.replace(/\.$/, ""));
    const more = open.length - shown.length;
    parts.push(`Still pending: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`);
  } else if (notReached === 0) {
    parts.push("Nothing pending.");
  }
  return parts.join(" ");
}
