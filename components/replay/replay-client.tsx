"use client";

import type { JSONContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { NotesEditor } from "@/components/editor/notes-editor";
import { buttonClass } from "@/components/ui/styles";
import { Whiteboard } from "@/components/whiteboard/whiteboard";
import type { InterviewEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { ReplayComments, type ReplayCoaching } from "@/components/coaching/replay-comments";
import { ReplayChat } from "./replay-chat";
import { ReplayMarkers } from "./replay-markers";
import { ReplayRequirements } from "./replay-requirements";
import {
  PLAY_SPEEDS,
  advance,
  buildTimeline,
  clampPosition,
  currentMarker,
  formatClock,
  playStart,
  untilDate,
  type PlaySpeed,
} from "./timeline";

/** How often playback moves the slider; the step is measured, so a slow tick does not slow replay. */
export const PLAY_TICK_MS = 250;

const ignore = () => {};

export type ReplayClientProps = {
  events: InterviewEvent[];
  startedAt: string;
  /** Where the slider starts, in seconds (a comment's moment linked from the report). */
  initialSeconds?: number;
  /** Coaching comments pinned to moments, and whether this viewer may add one. */
  coaching?: ReplayCoaching;
};

/** A saved session, replayed: the state folded from its log up to the slider's time. */
export function ReplayClient({ events, startedAt, initialSeconds = 0, coaching }: ReplayClientProps) {
  const t = useTranslations("replay");
  const tInterview = useTranslations("interview");
  const timeline = useMemo(() => buildTimeline(events, startedAt, t), [events, startedAt, t]);
  const [position, setPosition] = useState(() => clampPosition(timeline, initialSeconds));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaySpeed>(4);
  // The interval reads the latest position without restarting on every tick.
  const positionRef = useRef(position);

  const moveTo = useCallback(
    (seconds: number) => {
      const next = clampPosition(timeline, seconds);
      positionRef.current = next;
      setPosition(next);
    },
    [timeline],
  );

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      const step = advance(positionRef.current, speed, now - last, timeline.durationSeconds);
      last = now;
      positionRef.current = step.position;
      setPosition(step.position);
      if (step.ended) setPlaying(false);
    }, PLAY_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, timeline.durationSeconds]);

  const state = useMemo(() => foldEvents(events, { until: untilDate(timeline, position) }), [events, timeline, position]);
  const note = state.notes[state.phase];
  const marker = currentMarker(timeline.markers, position);
  const clock = t("clock", { position: formatClock(position), duration: formatClock(timeline.durationSeconds) });

  function togglePlay() {
    if (playing) {
      setPlaying(false);
      return;
    }
    moveTo(playStart(positionRef.current, timeline.durationSeconds));
    setPlaying(timeline.durationSeconds > 0);
  }

  function jump(seconds: number) {
    setPlaying(false);
    moveTo(seconds);
  }

  return (
    <div className="space-y-6">
      <section aria-label={t("controls")} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={togglePlay} className={buttonClass.primary} disabled={timeline.durationSeconds === 0}>
            {playing ? t("pause") : t("play")}
          </button>
          <div role="group" aria-label={t("speed")} className="flex gap-1">
            {PLAY_SPEEDS.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={speed === value}
                onClick={() => setSpeed(value)}
                className={`${buttonClass.secondary} px-3 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 dark:aria-pressed:bg-slate-800`}
              >
                {t("speedValue", { speed: value })}
              </button>
            ))}
          </div>
          <output aria-label={t("clockLabel")} aria-live="off" className="ml-auto tabular-nums text-sm text-slate-700 dark:text-slate-300">
            {clock}
          </output>
        </div>
        <div className="space-y-1">
          <label htmlFor="replay-time" className="block text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("time")}
          </label>
          <input
            id="replay-time"
            type="range"
            min={0}
            max={timeline.durationSeconds}
            step={1}
            value={Math.floor(position)}
            aria-valuetext={clock}
            onChange={(event) => jump(Number(event.currentTarget.value))}
            className="w-full accent-brand-600"
          />
        </div>
        <p className="text-sm">
          <span className="font-semibold">
            {t("phase", { phase: state.phase, title: tInterview(`phases.${state.phase}.title`) })}
          </span>
          {state.submitted ? <span className="ml-2 text-slate-500">{t("submitted")}</span> : null}
        </p>
      </section>
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <div className="min-w-0 space-y-6">
          {coaching ? <ReplayComments coaching={coaching} position={position} onJump={jump} /> : null}
          <ReplayMarkers markers={timeline.markers} current={marker} onJump={jump} />
          <ReplayChat messages={state.chat} />
          <ReplayRequirements state={state} />
        </div>
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="replay-board-heading" className="space-y-2">
            <h2 id="replay-board-heading" className="text-base font-semibold">
              {t("whiteboard")}
            </h2>
            <Whiteboard readOnly value={{ design: state.design, layout: state.layout }} onChange={ignore} ariaLabel={t("whiteboardAt")} />
          </section>
          <NotesEditor readOnly label={t("phaseNotes", { phase: state.phase })} value={note.doc as JSONContent} onChange={ignore} />
        </div>
      </div>
    </div>
  );
}
