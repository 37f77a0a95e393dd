"use client";

import { useState } from "react";
import type { BandStatus, Clock, ClockMode } from "@/lib/interview/clock";
import { PHASE_NUMBERS, phaseInfo, type PhaseBands } from "@/lib/interview/phases";
import { buttonClass } from "@/components/ui/styles";
import { earlyExitWarning, submitSummary, type PendingCheck } from "./exit-warnings";
import { formatClock } from "./format";

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

const SHORT_TITLES = ["Understand the problem", "High-level design", "Deep dive", "Wrap up"] as const;

// Colour is never the only signal: every status also has its words.
const BAND_STATUS: Record<BandStatus, { text: string; className: string }> = {
  under: {
    text: "under band",
    className: "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200",
  },
  in: {
    text: "in band",
    className:
      "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
  },
  over: {
    text: "over band",
    className: "border-red-300 bg-red-50 text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200",
  },
};

/** What the timer announces: the minutes left, changing only at 5-minute marks and the last minute. */
export function timeLeftAnnouncement(remainingSeconds: number): string {
  if (remainingSeconds <= 0) return "Time is up";
  if (remainingSeconds <= 60) return "1 minute left";
  return `${Math.ceil(remainingSeconds / 300) * 5} minutes left`;
}

/** The 45-minute countdown, where the candidate is in the four phases, and the way out. */
export function PhaseHeader({ clock, mode, bands, onNextPhase, onSubmit, submitting, pending = [] }: PhaseHeaderProps) {
  const [confirming, setConfirming] = useState(false);
  // Leaving a phase far under its band warns once per phase: a second "Next phase" goes on.
  const [exitWarning, setExitWarning] = useState<{ phase: number; text: string } | null>(null);
  const [warnedPhase, setWarnedPhase] = useState(0);
  const shownWarning = exitWarning?.phase === clock.phase ? exitWarning.text : null;
  const next = () => {
    const warning = warnedPhase === clock.phase ? null : earlyExitWarning(clock, bands);
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
            aria-label="Time remaining"
            aria-live="off"
            className={`font-mono text-2xl font-semibold tabular-nums ${
              clock.totalRemainingSeconds <= 5 * 60 ? "text-red-700 dark:text-red-400" : "text-slate-900 dark:text-slate-100"
            }`}
          >
            {formatClock(clock.totalRemainingSeconds)}
          </span>
          <span className="text-xs text-slate-500 dark:text-slate-400">left</span>
          {/* The countdown itself is silent; this says the time left at each 5-minute mark. */}
          <span role="status" aria-live="polite" className="sr-only">
            {timeLeftAnnouncement(clock.totalRemainingSeconds)}
          </span>
          <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-300">
            {mode === "STRICT" ? "Strict mode" : "Practice mode"}
          </span>
        </div>

        <nav aria-label="Interview phases" className="min-w-0 flex-1">
          <ol className="flex flex-wrap gap-1 text-xs">
            {PHASE_NUMBERS.map((n) => {
              const current = n === clock.phase;
              const done = n < clock.phase;
              return (
                <li
                  key={n}
                  aria-current={current ? "step" : undefined}
                  title={phaseInfo(n).title}
                  className={`flex items-center gap-1 rounded-md px-2 py-1 ${
                    current
                      ? "bg-brand-600 font-semibold text-white"
                      : done
                        ? "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                        : "text-slate-600 dark:text-slate-400"
                  }`}
                >
                  <span aria-hidden="true">{done ? "✓" : n}</span>
                  <span>
                    <span className="sr-only">Phase {n}: </span>
                    {SHORT_TITLES[n - 1]}
                  </span>
                  <span className={current ? "text-white/90" : "text-slate-600 dark:text-slate-400"}>
                    {bands[n - 1][0]}–{bands[n - 1][1]} min
                  </span>
                  {done ? <span className="sr-only">(done)</span> : null}
                </li>
              );
            })}
          </ol>
        </nav>

        <div className="flex items-center gap-2">
          {clock.phase < 4 ? (
            <button type="button" className={buttonClass.secondary} onClick={next} disabled={submitting}>
              Next phase
            </button>
          ) : null}
          {confirming ? (
            <div role="group" aria-label="Confirm submission" className="flex items-center gap-2">
              <span className="text-sm font-medium">Submit now?</span>
              <span className="max-w-md text-sm text-slate-600 dark:text-slate-300">{submitSummary(clock, pending)}</span>
              <button
                type="button"
                className={buttonClass.primary}
                disabled={submitting}
                onClick={() => {
                  onSubmit();
                  setConfirming(false);
                }}
              >
                Yes, submit
              </button>
              <button type="button" className={buttonClass.ghost} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <>
              <button type="button" className={buttonClass.primary} disabled={submitting} onClick={() => setConfirming(true)}>
                Submit interview
              </button>
              {submitting ? <span className="text-sm text-slate-600 dark:text-slate-300">Submitting…</span> : null}
            </>
          )}
        </div>
      </div>

      {shownWarning ? (
        <div role="alertdialog" aria-label="Leave this phase early?" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          <p>{shownWarning}</p>
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => {
              setExitWarning(null);
              onNextPhase();
            }}
          >
            Move on
          </button>
          <button type="button" className={buttonClass.ghost} onClick={() => setExitWarning(null)}>
            Stay
          </button>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          Phase {clock.phase}: <span className="font-mono tabular-nums">{formatClock(clock.phaseElapsedSeconds)}</span> of a{" "}
          {minBand}–{maxBand} minute band
        </p>
        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${status.className}`}>{status.text}</span>
        <p role="status" className="text-sm font-medium text-amber-800 dark:text-amber-300">
          {clock.warning ?? ""}
        </p>
      </div>
    </header>
  );
}
