import type { Clock } from "@/lib/interview/clock";
import type { PhaseBands } from "@/lib/interview/phases";
import type { Translate } from "@/lib/i18n/translate";
import { formatClock } from "./format";

/** Leaving before half of a phase's lower bound is "far under" its band: worth one warning. */
export const FAR_UNDER_SHARE = 0.5;

const minutesText = (seconds: number, t: Translate) => {
  const whole = Math.floor(seconds / 60);
  const rest = Math.floor(seconds % 60);
  if (whole === 0) return t("exit.seconds", { count: rest });
  return rest === 0 ? t("exit.minutes", { count: whole }) : t("exit.minutesSeconds", { minutes: whole, seconds: rest });
};

/**
 * The warning before leaving the current phase far under its band, with the time spent and the
 * band; null when leaving now is fine (or there is no next phase).
 */
export function earlyExitWarning(clock: Pick<Clock, "phase" | "phaseElapsedSeconds">, bands: PhaseBands, t: Translate): string | null {
  if (clock.phase === 4) return null;
  const [min, max] = bands[clock.phase - 1];
  if (clock.phaseElapsedSeconds >= min * 60 * FAR_UNDER_SHARE) return null;
  return t("exit.earlyWarning", { spent: minutesText(clock.phaseElapsedSeconds, t), phase: clock.phase, min, max });
}

export type PendingCheck = { phase: number; text: string };

/**
 * What "Submit now?" says: the time left and what is still pending — phases not reached and the
 * automatic checks of the phases so far that are not decided yet.
 */
export function submitSummary(clock: Pick<Clock, "phase" | "totalRemainingSeconds">, pending: readonly PendingCheck[], t: Translate): string {
  const parts = [t("exit.timeLeft", { time: formatClock(clock.totalRemainingSeconds) })];
  const notReached = 4 - clock.phase;
  if (notReached === 1) parts.push(t("exit.phase4NotReached"));
  else if (notReached > 1) parts.push(t("exit.phasesNotReached", { from: clock.phase + 1 }));
  const open = pending.filter((check) => check.phase <= clock.phase);
  if (open.length > 0) {
    const shown = open.slice(0, 2).map((check) => check.text.replace(/\.$/, ""));
    const more = open.length - shown.length;
    parts.push(more > 0 ? t("exit.stillPendingMore", { items: shown.join("; "), more }) : t("exit.stillPending", { items: shown.join("; ") }));
  } else if (notReached === 0) {
    parts.push(t("exit.nothingPending"));
  }
  return parts.join(" ");
}
