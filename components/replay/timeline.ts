import type { InterviewEvent } from "@/lib/interview/events";
import type { Translate } from "@/lib/i18n/translate";
import type { Scenario } from "@/lib/simulator/schema";


// The replay's time arithmetic, kept apart from React so it can be tested on its own.
// Positions are seconds since the session started. Event offsets are rounded UP to whole
// seconds, so the slider (step 1) landing on a marker always shows that marker's event.

export const PLAY_SPEEDS = [1, 4, 16] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

export type MarkerKind = "question" | "phase" | "feedback" | "scenario" | "submitted";
export type Marker = { id: string; kind: MarkerKind; atSeconds: number; label: string };

export type Timeline = {
  startMs: number;
  /** The slider's upper end: the offset of the last event (0 when there are none). */
  durationSeconds: number;
  markers: Marker[];
};

/** Whole seconds from the start to `at`, rounded up; an event stamped before the start counts as 0. */
export function offsetSeconds(startMs: number, at: string): number {
  return Math.max(0, Math.ceil((Date.parse(at) - startMs) / 1000));
}

const QUESTION_LABEL_CHARS = 60;

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function scenarioLabel(scenario: Scenario, t: Translate): string {
  const name = t(`scenarios.names.${scenario.kind}`);
  switch (scenario.kind) {
    case "instance_failure":
      return t("scenarios.withInstances", { name, node: scenario.node, instances: scenario.instances });
    case "node_down":
      return t("scenarios.withNode", { name, node: scenario.node });
    case "region_outage":
      return t("scenarios.withRegion", { name, region: scenario.region });
    case "traffic_spike":
      return t("scenarios.withFactor", { name, factor: scenario.factor });
    case "hot_key":
      return t("scenarios.withShare", { name, share: Math.round(scenario.shareOfReads * 100) });
    default:
      return name;
  }
}

/** The events worth jumping to, with what happened; null for the rest. */
export function markerOf(event: InterviewEvent, t: Translate): Omit<Marker, "atSeconds"> | null {
  switch (event.type) {
    case "question_asked":
      return { id: event.id, kind: "question", label: t("markers.question", { text: truncate(event.payload.text, QUESTION_LABEL_CHARS) }) };
    case "phase_advanced":
      return {
        id: event.id,
        kind: "phase",
        label: t(event.payload.reason === "timeout" ? "markers.phaseTimeout" : "markers.phase", { from: event.payload.from, to: event.payload.to }),
      };
    case "feedback_requested":
      return { id: event.id, kind: "feedback", label: t("markers.feedback", { phase: event.payload.phase, score: event.payload.score }) };
    case "scenario_run":
      return {
        id: event.id,
        kind: "scenario",
        label: t("markers.scenario", { scenario: scenarioLabel(event.payload.scenario, t), served: Math.round(event.payload.servedShare * 100) }),
      };
    case "submitted":
      return { id: event.id, kind: "submitted", label: t(event.payload.reason === "timeout" ? "markers.submittedTimeout" : "markers.submitted") };
    default:
      return null;
  }
}

export function buildTimeline(events: readonly InterviewEvent[], startedAt: Date | string, t: Translate): Timeline {
  const startMs = typeof startedAt === "string" ? Date.parse(startedAt) : startedAt.getTime();
  let durationSeconds = 0;
  const markers: Marker[] = [];
  for (const event of events) {
    const atSeconds = offsetSeconds(startMs, event.at);
    durationSeconds = Math.max(durationSeconds, atSeconds);
    const marker = markerOf(event, t);
    if (marker) markers.push({ ...marker, atSeconds });
  }
  // Server order is seq order; sort by time (stable) so a late-dated timeout sits where it happened.
  markers.sort((a, b) => a.atSeconds - b.atSeconds);
  return { startMs, durationSeconds, markers };
}

export function clampPosition(timeline: Pick<Timeline, "durationSeconds">, seconds: number): number {
  if (!Number.isFinite(seconds)) return 0;
  return Math.min(timeline.durationSeconds, Math.max(0, seconds));
}

/** The instant to fold the log up to for a slider position. */
export function untilDate(timeline: Pick<Timeline, "startMs">, positionSeconds: number): Date {
  return new Date(timeline.startMs + positionSeconds * 1000);
}

/** One playback step: `elapsedMs` of wall time at `speed` moves the position; it stops at the end. */
export function advance(positionSeconds: number, speed: number, elapsedMs: number, durationSeconds: number): { position: number; ended: boolean } {
  const next = positionSeconds + (speed * Math.max(0, elapsedMs)) / 1000;
  return next >= durationSeconds ? { position: durationSeconds, ended: true } : { position: next, ended: false };
}

/** Where Play starts: from the current position, or from the beginning when already at the end. */
export function playStart(positionSeconds: number, durationSeconds: number): number {
  return positionSeconds >= durationSeconds ? 0 : positionSeconds;
}

/** The last marker at or before the position (the one "we are at"), or null before the first. */
export function currentMarker(markers: readonly Marker[], positionSeconds: number): Marker | null {
  let current: Marker | null = null;
  for (const marker of markers) {
    if (marker.atSeconds > positionSeconds) break;
    current = marker;
  }
  return current;
}

/** "m:ss", or "h:mm:ss" from an hour on; fractions of a second are dropped. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
