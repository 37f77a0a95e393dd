import { describe, expect, it } from "vitest";
import { computeClock, type ClockMode } from "@/lib/interview/clock";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { formatText } from "@/lib/simulator/text";

// The clock's warnings are message keys (clockWarnings.*); the English `warning` is rendered
// from the same key, so it is byte-identical to the sentences the clock used to build.
const start = new Date("2025-01-01T10:00:00Z");
const clock = (minutes: number, mode: ClockMode = "PRACTICE", advances: { minute: number; to: 2 | 3 | 4 }[] = []) =>
  computeClock({ startedAt: start, now: new Date(start.getTime() + minutes * 60_000), mode, bands: DEFAULT_PHASE_BANDS_MINUTES, advances: advances.map((a) => ({ at: new Date(start.getTime() + a.minute * 60_000), to: a.to })), timeScale: 1 });

describe("the clock's warnings as texts", () => {
  const cases = [
    [clock(46), "Time is up: the 45 minutes are spent."],
    [clock(10, "STRICT"), "Phase 1 has used its 10 minutes; moving on to phase 2."],
    [clock(11), "Phase 1 is past its 10-minute band."],
    [clock(9.5), "Phase 1 has less than a minute left of its 10-minute band."],
    [clock(41, "PRACTICE", [{ minute: 5, to: 2 }, { minute: 18, to: 3 }]), "Less than 5 minutes left: move on to the wrap-up."],
  ] as const;

  it("keeps every English warning as it was, rendered from its key", () => {
    for (const [c, english] of cases) {
      expect(formatText(c.warningText!, "en")).toBe(english);
    }
    expect(clock(5).warningText).toBeNull();
  });

  it("formats every warning in Korean", () => {
    const korean = cases.map(([c]) => formatText(c.warningText!, "ko"));
    for (const k of korean) expect(k).toMatch(/^[^{}a-zA-Z]+$/);
    expect(korean[0]).toBe("시간이 다 되었습니다. 45분을 모두 사용했습니다.");
  });
});
