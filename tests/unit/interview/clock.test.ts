import { describe, expect, it } from "vitest";
import { computeClock, dueAdvances, TOTAL_SECONDS, type ClockInput, type PhaseAdvance } from "@/lib/interview/clock";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { formatText } from "@/lib/simulator/text";

/** The clock's warning in English, as the header shows it to an English reader. */
const warningOf = (c: { warningText: Parameters<typeof formatText>[0] | null }) => (c.warningText ? formatText(c.warningText, "en") : null);

const start = new Date("2026-03-01T10:00:00.000Z");
const at = (minutes: number, scale = 1) => new Date(start.getTime() + (minutes * 60_000) / scale);

function input(over: Partial<ClockInput>): ClockInput {
  return {
    startedAt: start,
    now: start,
    mode: "PRACTICE",
    bands: DEFAULT_PHASE_BANDS_MINUTES,
    advances: [],
    timeScale: 1,
    submittedAt: null,
    ...over,
  };
}

describe("computeClock", () => {
  it("starts in phase 1 with the full 45 minutes left", () => {
    const c = computeClock(input({}));
    expect(c.phase).toBe(1);
    expect(c.totalElapsedSeconds).toBe(0);
    expect(c.totalRemainingSeconds).toBe(45 * 60);
    expect(c.band).toEqual({ min: 180, max: 600 });
    expect(c.bandStatus).toBe("under");
    expect(warningOf(c)).toBeNull();
    expect(c.timeUp).toBe(false);
  });

  it("splits time across phases by the recorded advances", () => {
    const advances: PhaseAdvance[] = [
      { at: at(7), to: 2 },
      { at: at(19.5), to: 3 },
    ];
    const c = computeClock(input({ now: at(30), advances }));
    expect(c.phase).toBe(3);
    expect(c.phaseSeconds).toEqual([7 * 60, 12.5 * 60, 10.5 * 60, 0]);
    expect(c.phaseElapsedSeconds).toBe(10.5 * 60);
    expect(c.phaseSeconds.reduce((a, b) => a + b, 0)).toBe(c.totalElapsedSeconds);
    expect(c.bandStatus).toBe("in");
  });

  it("ignores duplicate and backward advances and advances after now", () => {
    const advances: PhaseAdvance[] = [
      { at: at(5), to: 2 },
      { at: at(6), to: 2 },
      { at: at(40), to: 3 },
    ];
    const c = computeClock(input({ now: at(8), advances }));
    expect(c.phase).toBe(2);
    expect(c.phaseSeconds).toEqual([300, 180, 0, 0]);
  });

  it("scales real seconds into interview-seconds", () => {
    // 60× scale: 10 real seconds are 10 interview-minutes.
    const c = computeClock(input({ now: new Date(start.getTime() + 10_000), timeScale: 60 }));
    expect(c.totalElapsedSeconds).toBe(600);
    expect(c.phaseElapsedSeconds).toBe(600);
  });

  it("warns in the last minute of the band and when over it (practice)", () => {
    const near = computeClock(input({ now: at(9.5) }));
    expect(near.bandStatus).toBe("in");
    expect(warningOf(near)).toMatch(/Phase 1 has less than a minute left of its 10-minute band/);
    const over = computeClock(input({ now: at(11) }));
    expect(over.bandStatus).toBe("over");
    expect(warningOf(over)).toBe("Phase 1 is past its 10-minute band.");
    expect(over.strictAdvanceDue).toBe(false);
  });

  it("marks a strict advance due when the upper bound is spent", () => {
    const c = computeClock(input({ mode: "STRICT", now: at(10) }));
    expect(c.strictAdvanceDue).toBe(true);
    expect(warningOf(c)).toMatch(/moving on to phase 2/);
    expect(computeClock(input({ mode: "STRICT", now: at(9.9) })).strictAdvanceDue).toBe(false);
  });

  it("is time up at 45 minutes in both modes and stops the clock there", () => {
    for (const mode of ["STRICT", "PRACTICE"] as const) {
      const c = computeClock(input({ mode, now: at(50), advances: [{ at: at(8), to: 2 }] }));
      expect(c.timeUp).toBe(true);
      expect(c.totalElapsedSeconds).toBe(TOTAL_SECONDS);
      expect(c.totalRemainingSeconds).toBe(0);
      expect(c.phaseSeconds).toEqual([480, TOTAL_SECONDS - 480, 0, 0]);
      expect(c.strictAdvanceDue).toBe(false);
    }
  });

  it("stops at submission", () => {
    const c = computeClock(input({ now: at(40), submittedAt: at(20) }));
    expect(c.totalElapsedSeconds).toBe(1200);
    expect(c.timeUp).toBe(false);
  });

  it("warns to wrap up in the last five minutes before phase 4", () => {
    const advances: PhaseAdvance[] = [
      { at: at(8), to: 2 },
      { at: at(20), to: 3 },
    ];
    const c = computeClock(input({ now: at(41), advances }));
    expect(warningOf(c)).toMatch(/move on to the wrap-up/);
  });
});

describe("dueAdvances", () => {
  it("returns nothing in practice mode", () => {
    expect(dueAdvances(input({ now: at(44) }))).toEqual([]);
  });

  it("returns one advance dated at the band's end", () => {
    const due = dueAdvances(input({ mode: "STRICT", now: at(12) }));
    expect(due).toEqual([{ from: 1, to: 2, reason: "timeout", at: at(10) }]);
  });

  it("returns several when the candidate was away, each dated at its band's end", () => {
    const due = dueAdvances(input({ mode: "STRICT", now: at(44), advances: [{ at: at(4), to: 2 }] }));
    // phase 2 ends at 4 + 15 = 19; phase 3 at 19 + 25 = 44.
    expect(due).toEqual([
      { from: 2, to: 3, reason: "timeout", at: at(19) },
      { from: 3, to: 4, reason: "timeout", at: at(44) },
    ]);
    const after = computeClock(
      input({ mode: "STRICT", now: at(44), advances: [{ at: at(4), to: 2 }, ...due] }),
    );
    expect(after.phase).toBe(4);
    expect(after.strictAdvanceDue).toBe(false);
    expect(after.phaseSeconds).toEqual([240, 900, 1500, 0]);
  });

  it("does not advance past the 45th minute and works with a time scale", () => {
    expect(dueAdvances(input({ mode: "STRICT", now: at(60), advances: [{ at: at(10), to: 2 }, { at: at(25), to: 3 }] }))).toEqual([]);
    const due = dueAdvances(input({ mode: "STRICT", now: at(11, 100), timeScale: 100 }));
    expect(due).toHaveLength(1);
    expect(due[0].at.getTime()).toBe(at(10, 100).getTime());
  });
});
