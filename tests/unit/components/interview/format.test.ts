import { describe, expect, it } from "vitest";
import { translator } from "@/tests/support/intl";
import { estimate } from "@/lib/simulator/estimate";
import {
  compareEstimate,
  formatBytes,
  formatBytesPerDay,
  formatClock,
  formatCount,
  formatDowntime,
  formatPercent,
  formatRate,
  formatRatio,
  parseQuantity,
  simulatorFigure,
} from "@/components/interview/panels/format";

const t = translator("interview");

// DESIGN.md's example requirements, whose estimates the design document spells out.
const example = {
  dailyActiveUsers: 10_000_000,
  readsPerUserPerDay: 20,
  writesPerUserPerDay: 2,
  peakToAverageRatio: 2,
  bytesPerRead: 2000,
  bytesPerWrite: 1000,
  mediaShareOfWrites: 0.1,
  bytesPerMedia: 1_000_000,
  retentionYears: 5,
  staticShareOfReads: 0.3,
};

describe("formatting", () => {
  it("shows DESIGN.md's example estimates in the units the brief names", () => {
    // peak dynamic reads: 1e7 × 20 / 86400 × 0.7 × 2 = 3240.7/s
    expect(formatRate((1e7 * 20 * 0.7 * 2) / 86_400)).toBe("3.2 k/s");
    // storage per day: 2e7 writes × (1000 + 0.1 × 1e6) bytes = 2.02e12
    expect(formatBytesPerDay(2e7 * (1000 + 0.1 * 1e6), t)).toBe("2.0 TB/day");
    // over 5 years of 365 days: 3.6865e15
    expect(formatBytes(2.02e12 * 365 * 5)).toBe("3.7 PB");
  });

  it("picks the prefix after rounding, so nothing shows as 1000 of a smaller unit", () => {
    expect(formatCount(999.96)).toBe("1.0 k");
    expect(formatCount(999_600)).toBe("1.0 M");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1000)).toBe("1.0 KB");
    expect(formatRate(231.5)).toBe("232 /s");
    expect(formatRate(0)).toBe("0 /s");
    expect(formatCount(Number.NaN)).toBe("—");
  });

  it("formats the countdown, shares and downtime", () => {
    expect(formatClock(45 * 60)).toBe("45:00");
    expect(formatClock(61.9)).toBe("01:01");
    expect(formatClock(-3)).toBe("00:00");
    expect(formatPercent(0.71)).toBe("71 %");
    expect(formatPercent(0.99948, 3)).toBe("99.948 %");
    // 1 − 0.99948 of a 365-day year: 0.00052 × 525600 = 273.3 min = 4.6 h
    expect(formatDowntime(0.00052 * 525_600, t)).toBe("4.6 h");
    expect(formatDowntime(52.56, t)).toBe("53 min");
    expect(formatRatio(3.14159)).toBe("3.14×");
    expect(formatRatio(25.4)).toBe("25×");
  });
});

describe("parseQuantity", () => {
  it.each([
    ["3500", 3500],
    ["2e12", 2e12],
    ["3.5k", 3500],
    ["20M", 2e7],
    ["2TB", 2e12],
    ["2 tb", 2e12],
    ["4.6 MB", 4.6e6],
    ["1,000,000", 1e6],
    ["3.2 k/s", 3200],
    ["2bn", 2e9],
    ["2B", 2],
    [".5k", 500],
    ["-2k", -2000],
  ])("reads %s as %d", (text, expected) => {
    const parsed = parseQuantity(text, t);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(expected, 6);
  });

  it("reads empty text as no value and refuses words and unknown units", () => {
    expect(parseQuantity("   ", t)).toEqual({ ok: true, value: null });
    for (const bad of ["lots", "--5", "3 apples", "2ZB", "1.2.3"]) {
      const parsed = parseQuantity(bad, t);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
    }
  });
});

describe("comparing with the simulator", () => {
  const e = estimate(example);

  it("compares read QPS with all reads and peak QPS with every class at peak", () => {
    const allReads = (1e7 * 20) / 86_400;
    const writes = (1e7 * 2) / 86_400;
    expect(simulatorFigure("readQps", e)).toBeCloseTo(allReads, 6);
    expect(simulatorFigure("peakQps", e)).toBeCloseTo(2 * (allReads + writes), 6);
    expect(simulatorFigure("storageBytesOverRetention", e)).toBeCloseTo(2.02e12 * 365 * 5, -6);
  });

  it("calls an estimate within 2× exactly when the ratio lies in [0.5, 2]", () => {
    expect(compareEstimate(2000, 1000)).toEqual({ within2x: true, ratio: 2 });
    expect(compareEstimate(500, 1000)).toEqual({ within2x: true, ratio: 0.5 });
    expect(compareEstimate(2001, 1000).within2x).toBe(false);
    expect(compareEstimate(499, 1000).within2x).toBe(false);
    expect(compareEstimate(0, 0)).toEqual({ within2x: true, ratio: null });
    expect(compareEstimate(5, 0)).toEqual({ within2x: false, ratio: null });
  });
});
