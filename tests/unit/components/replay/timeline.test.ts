import { describe, expect, it } from "vitest";
import { foldEvents } from "@/lib/interview/fold";
import {
  advance,
  buildTimeline,
  clampPosition,
  currentMarker,
  formatClock,
  offsetSeconds,
  playStart,
  untilDate,
} from "@/components/replay/timeline";
import { EVENTS, START } from "./events";
import { translator } from "@/tests/support/intl";

const t = translator("replay");

const startMs = Date.parse(START);

describe("offsetSeconds", () => {
  it("rounds up to whole seconds and never goes below zero", () => {
    expect(offsetSeconds(startMs, new Date(startMs + 12_400).toISOString())).toBe(13);
    expect(offsetSeconds(startMs, new Date(startMs + 12_000).toISOString())).toBe(12);
    expect(offsetSeconds(startMs, new Date(startMs - 5_000).toISOString())).toBe(0);
  });
});

describe("buildTimeline", () => {
  const timeline = buildTimeline(EVENTS, START, t);

  it("spans from the start to the last event", () => {
    expect(timeline.startMs).toBe(startMs);
    expect(timeline.durationSeconds).toBe(600);
    expect(buildTimeline(EVENTS, new Date(START), t).durationSeconds).toBe(600);
  });

  it("is empty for a log without events", () => {
    expect(buildTimeline([], START, t)).toEqual({ startMs, durationSeconds: 0, markers: [] });
  });

  it("marks questions, phase moves, feedback, scenarios and the submit, at their rounded-up seconds", () => {
    expect(timeline.markers.map((m) => [m.kind, m.atSeconds])).toEqual([
      ["question", 13],
      ["question", 95],
      ["phase", 301],
      ["feedback", 420],
      ["scenario", 431],
      ["submitted", 600],
    ]);
    expect(timeline.markers.map((m) => m.label)).toEqual([
      "Question: How many daily active users?",
      "Question: What is the read to write ratio?",
      "Phase 1 → 2",
      "Feedback in phase 2: 48 / 100",
      "Scenario node down (web): 0 % served",
      "Submitted (time up)",
    ]);
  });

  it("sorts markers by time even when the log is not", () => {
    const shuffled = [EVENTS[3], EVENTS[0]];
    expect(buildTimeline(shuffled, START, t).markers.map((m) => m.id)).toEqual(["q-000001", "q-000002"]);
  });

  it("puts every marker's own event into the fold at the marker's second, and not a second earlier", () => {
    for (const marker of timeline.markers) {
      const event = EVENTS.find((e) => e.id === marker.id)!;
      const eventMs = Date.parse(event.at);
      expect(untilDate(timeline, marker.atSeconds).getTime()).toBeGreaterThanOrEqual(eventMs);
      expect(untilDate(timeline, marker.atSeconds - 1).getTime()).toBeLessThan(eventMs);
    }
    // Through the real fold: at 13 s the first question and its reply (dated 13.000 s) are in
    // the chat, at 12 s neither is.
    expect(foldEvents(EVENTS, { until: untilDate(timeline, 12) }).chat).toHaveLength(0);
    expect(foldEvents(EVENTS, { until: untilDate(timeline, 13) }).chat.map((m) => m.id)).toEqual(["q-000001", "r-000001"]);
    expect(foldEvents(EVENTS, { until: untilDate(timeline, 301) }).phase).toBe(2);
  });
});

describe("playback", () => {
  it("moves speed × elapsed wall time", () => {
    expect(advance(10, 1, 250, 600)).toEqual({ position: 10.25, ended: false });
    expect(advance(10, 4, 250, 600)).toEqual({ position: 11, ended: false });
    expect(advance(10, 16, 1000, 600)).toEqual({ position: 26, ended: false });
  });

  it("stops at the end", () => {
    expect(advance(595, 16, 1000, 600)).toEqual({ position: 600, ended: true });
    expect(advance(600, 1, 0, 600)).toEqual({ position: 600, ended: true });
  });

  it("ignores a clock that ran backwards", () => {
    expect(advance(10, 4, -500, 600)).toEqual({ position: 10, ended: false });
  });

  it("reaches the end of a 10-minute session in 37.5 s at 16×, tick by tick", () => {
    let position = 0;
    let ticks = 0;
    for (;;) {
      const step = advance(position, 16, 250, 600);
      position = step.position;
      ticks += 1;
      if (step.ended) break;
    }
    // 600 s / 16 = 37.5 s of wall time = 150 ticks of 250 ms.
    expect(ticks).toBe(600 / 16 / 0.25);
    expect(position).toBe(600);
  });

  it("restarts from the beginning when Play is pressed at the end", () => {
    expect(playStart(600, 600)).toBe(0);
    expect(playStart(42, 600)).toBe(42);
  });

  it("clamps positions to the session", () => {
    expect(clampPosition({ durationSeconds: 600 }, -3)).toBe(0);
    expect(clampPosition({ durationSeconds: 600 }, 900)).toBe(600);
    expect(clampPosition({ durationSeconds: 600 }, Number.NaN)).toBe(0);
  });
});

describe("currentMarker and formatClock", () => {
  const { markers } = buildTimeline(EVENTS, START, t);

  it("finds the last marker at or before the position", () => {
    expect(currentMarker(markers, 5)).toBeNull();
    expect(currentMarker(markers, 13)?.id).toBe("q-000001");
    expect(currentMarker(markers, 300)?.id).toBe("q-000002");
    expect(currentMarker(markers, 10_000)?.id).toBe("sub-00001");
  });

  it("formats minutes and hours", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65.9)).toBe("1:05");
    expect(formatClock(2700)).toBe("45:00");
    expect(formatClock(3725)).toBe("1:02:05");
  });
});
