"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { BandStatus, Clock, ClockMode } from "@/lib/interview/clock";
import { PHASE_NUMBERS, type PhaseBands } from "@/lib/interview/phases";
import type { Translate } from "@/lib/i18n/translate";
import { buttonClass } from "@/components/ui/styles";
import { earlyExitWarning, submitSummary, type PendingCheck } from "./exit-warnings";
import { formatClock } from "./format";
import { useSimText } from "@/components/report/use-sim-text";

export type PhaseHeaderProps = {
  clock: Clock;
  mode: ClockMode;
  bands: PhaseBands;
  onNextPhase: () => void;
  onSubmit: () => void;
  submitting: boolean;
  /** Automatic checks not decided yet, for "Submit now?". */
  pending?: readonly PendingCheck[];
};

// Colour is never the only signal: every status also has its words (interview.header.bandStatus).
const BAND_STATUS: Record<BandStatus, { className: string }> = {
  under: {
    className: "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200",
  },
  in: {
    className:
      "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
  },
  over: {
    className: "border-red-300 bg-red-50 text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200",
  },
};

// Decorative: a done phase also says "(done)" to screen readers.
const DONE_MARK = "✓";

/** What the timer announces: the minutes left, changing only at 5-minute marks and the last minute. */
export function timeLeftAnnouncement(remainingSeconds: number, t: Translate): string {
  if (remainingSeconds <= 0) return t("header.timeUp");
  if (remainingSeconds <= 60) return t("header.oneMinuteLeft");
  return t("header.minutesLeft", { minutes: Math.ceil(remainingSeconds / 300) * 5 });
}

/** The 45-minute countdown, where the candidate is in the four phases, and the way out. */
export function PhaseHeader({ clock, mode, bands, onNextPhase, onSubmit, submitting, pending = [] }: PhaseHeaderProps) {
  const t = useTranslations("interview");
  // The clock's warning is a language-neutral text; its English (`warning`) is the fallback.
  const simText = useSimText();
  const [confirming, setConfirming] = useState(false);
  // Leaving a phase far under its band warns once per phase: a second "Next phase" goes on.
  const [exitWarning, setExitWarning] = useState<{ phase: number; text: string } | null>(null);
  const [warnedPhase, setWarnedPhase] = useState(0);
  const shownWarning = exitWarning?.phase === clock.phase ? exitWarning.text : null;
  const next = () => {
    const warning = warnedPhase === clock.phase ? null : earlyExitWarning(clock, bands, t);
    if (!warning) {
      setExitWarning(null);
      onNextPhase();
      return;
    }
    setWarnedPhase(clock.phase);
    setExitWarning({ phase: clock.phase, text: warning });
  };
  const status = BAND_STATUS[clock.bandStatus];
  const [minBand, maxBand] = bands[clock.phase - 1];

  return (
    <header className="flex flex-col gap-3 border-b border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-baseline gap-2">
          <span
            role="timer"
            aria-label={t("header.timeRemaining")}
            aria-live="off"
            className={`font-mono text-2xl font-semibold tabular-nums ${
              clock.totalRemainingSeconds <= 5 * 60 ? "text-red-700 dark:text-red-400" : "text-slate-900 dark:text-slate-100"
            }`}
          >
            {formatClock(clock.totalRemainingSeconds)}
          </span>
          <span className="text-xs text-slate-500 dark:text-slate-400">{t("header.left")}</span>
          {/* The countdown itself is silent; this says the time left at each 5-minute mark. */}
          <span role="status" aria-live="polite" className="sr-only">
            {timeLeftAnnouncement(clock.totalRemainingSeconds, t)}
          </span>
          <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-300">
            {t(mode === "STRICT" ? "mode.STRICT" : "mode.PRACTICE")}
          </span>
        </div>

        <nav aria-label={t("header.phasesNav")} className="min-w-0 flex-1">
          <ol className="flex flex-wrap gap-1 text-xs">
            {PHASE_NUMBERS.map((n) => {
              const current = n === clock.phase;
              const done = n < clock.phase;
              return (
                <li
                  key={n}
                  aria-current={current ? "step" : undefined}
                  title={t(`phases.${n}.title`)}
                  className={`flex items-center gap-1 rounded-md px-2 py-1 ${
                    current
                      ? "bg-brand-600 font-semibold text-white"
                      : done
                        ? "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                        : "text-slate-600 dark:text-slate-400"
                  }`}
                >
                  <span aria-hidden="true">{done ? DONE_MARK : n}</span>
                  <span>
                    <span className="sr-only">{t("header.phaseSr", { phase: n })}</span>
                    {t(`phases.${n}.short`)}
                  </span>
                  <span className={current ? "text-white/90" : "text-slate-600 dark:text-slate-400"}>
                    {t("header.band", { min: bands[n - 1][0], max: bands[n - 1][1] })}
                  </span>
                  {done ? <span className="sr-only">{t("header.done")}</span> : null}
                </li>
              );
            })}
          </ol>
        </nav>

        <div className="flex items-center gap-2">
          {clock.phase < 4 ? (
            <button type="button" className={buttonClass.secondary} onClick={next} disabled={submitting}>
              {t("header.nextPhase")}
            </button>
          ) : null}
          {confirming ? (
            <div role="group" aria-label={t("header.confirmSubmission")} className="flex items-center gap-2">
              <span className="text-sm font-medium">{t("header.submitNow")}</span>
              <span className="max-w-md text-sm text-slate-600 dark:text-slate-300">{submitSummary(clock, pending, t)}</span>
              <button
                type="button"
                className={buttonClass.primary}
                disabled={submitting}
                onClick={() => {
                  onSubmit();
                  setConfirming(false);
                }}
              >
                {t("header.yesSubmit")}
              </button>
              <button type="button" className={buttonClass.ghost} onClick={() => setConfirming(false)}>
                {t("header.cancel")}
              </button>
            </div>
          ) : (
            <>
              <button type="button" className={buttonClass.primary} disabled={submitting} onClick={() => setConfirming(true)}>
                {t("header.submitInterview")}
              </button>
              {submitting ? <span className="text-sm text-slate-600 dark:text-slate-300">{t("header.submitting")}</span> : null}
            </>
          )}
        </div>
      </div>

      {shownWarning ? (
        <div role="alertdialog" aria-label={t("header.leaveEarly")} className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          <p>{shownWarning}</p>
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => {
              setExitWarning(null);
              onNextPhase();
            }}
          >
            {t("header.moveOn")}
          </button>
          <button type="button" className={buttonClass.ghost} onClick={() => setExitWarning(null)}>
            {t("header.stay")}
          </button>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          {t.rich("header.phaseProgress", {
            phase: clock.phase,
            elapsed: formatClock(clock.phaseElapsedSeconds),
            min: minBand,
            max: maxBand,
            clock: (chunks) => <span className="font-mono tabular-nums">{chunks}</span>,
          })}
        </p>
        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${status.className}`}>{t(`header.bandStatus.${clock.bandStatus}`)}</span>
        <p role="status" className="text-sm font-medium text-amber-800 dark:text-amber-300">
          {clock.warningText ? simText(clock.warningText, "") : ""}
        </p>
      </div>
    </header>
  );
}
