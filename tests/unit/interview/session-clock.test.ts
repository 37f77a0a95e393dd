import { describe, expect, it } from "vitest";
import { EventSchema } from "@/lib/interview/events";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { advancesFromEvents, sessionClock, sessionDueAdvances, submittedAtFromEvents } from "@/lib/interview/session-clock";
import { eventLog, minute, T0 } from "./fixtures";

const base = { startedAt: T0, bands: DEFAULT_PHASE_BANDS_MINUTES, timeScale: 1 };

describe("session clock", () => {
  it("reads advances and the submission from the log", () => {
    const log = eventLog();
    log.add(1, "question_asked", { text: "DAU?" });
    log.add(6, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    log.add(30, "submitted", { reason: "manual" });
    expect(advancesFromEvents(log.events)).toEqual([{ at: minute(6), to: 2 }]);
    expect(submittedAtFromEvents(log.events)).toEqual(minute(30));
    const clock = sessionClock({ ...base, events: log.events, now: minute(40), mode: "PRACTICE" });
    expect(clock.phaseSeconds).toEqual([360, 1440, 0, 0]);
  });

  it("turns strict timeouts into valid events that settle the clock", () => {
    const log = eventLog();
    log.add(2, "question_asked", { text: "DAU?" });
    const input = { ...base, events: log.events, now: minute(27), mode: "STRICT" as const };
    const due = sessionDueAdvances(input);
    expect(due.map((d) => [d.from, d.to])).toEqual([[1, 2], [2, 3]]);
    for (const d of due) {
      log.events.push(
        EventSchema.parse({ id: `timeout-${d.to}-x`, type: "phase_advanced", payload: { from: d.from, to: d.to, reason: d.reason }, at: d.at.toISOString() }),
      );
    }
    expect(sessionDueAdvances(input)).toEqual([]);
    const clock = sessionClock(input);
    expect(clock.phase).toBe(3);
    expect(clock.phaseSeconds).toEqual([600, 900, 120, 0]);
  });
});
