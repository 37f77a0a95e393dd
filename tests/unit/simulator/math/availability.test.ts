import { describe, expect, it } from "vitest";
import { downtime, kOfN, parallel, series, withFailover } from "@/lib/simulator/math/availability";

/** Round to the significant digits a table shows, as a number. */
const shown = (value: number, digits: number) => Number(value.toPrecision(digits));

describe("downtime (the nines table of SIMULATOR.md)", () => {
  // [availability, per year, per month, per day] with the units and precision of the table.
  const rows: { a: number; year: [number, number, number]; month: [number, number, number]; day: [number, number, number] }[] = [
    // value, seconds per unit, significant digits
    // SIMULATOR.md prints 7.2 h here, which is a 30-day month; its 43.8 min and 4.38 min rows
    // need a month of year/12 (30.44 days), which gives 7.3 h. One month for every row.
    { a: 0.99, year: [3.65, 86_400, 3], month: [7.3, 3600, 2], day: [14.4, 60, 3] },
    { a: 0.999, year: [8.77, 3600, 3], month: [43.8, 60, 3], day: [1.44, 60, 3] },
    { a: 0.9999, year: [52.6, 60, 3], month: [4.38, 60, 3], day: [8.64, 1, 3] },
    { a: 0.99999, year: [5.26, 60, 3], month: [26.3, 1, 3], day: [864, 0.001, 3] },
    { a: 0.999999, year: [31.6, 1, 3], month: [2.6, 1, 2], day: [86.4, 0.001, 3] },
  ];
  it.each(rows)("gives the table's downtime for $a", ({ a, year, month, day }) => {
    const d = downtime(a);
    expect(shown((d.perYearMinutes * 60) / year[1], year[2])).toBe(year[0]);
    expect(shown((d.perMonthMinutes * 60) / month[1], month[2])).toBe(month[0]);
    expect(shown(d.perDaySeconds / day[1], day[2])).toBe(day[0]);
  });

  it("is zero at 1 and a whole period at 0", () => {
    expect(downtime(1)).toEqual({ perYearMinutes: 0, perMonthMinutes: 0, perDaySeconds: 0 });
    expect(downtime(0).perDaySeconds).toBe(86_400);
    expect(downtime(NaN).perDaySeconds).toBe(86_400);
  });
});

describe("series and parallel", () => {
  it("two 99.9 % parts: 99.8 % in series, 99.9999 % in parallel", () => {
    expect(shown(series([0.999, 0.999]) * 100, 3)).toBe(99.8);
    expect(parallel([0.999, 0.999])).toBeCloseTo(0.999999, 12);
  });

  it("handles empty and out-of-range input", () => {
    expect(series([])).toBe(1);
    expect(parallel([])).toBe(0);
    expect(series([1.5, -2])).toBe(0);
    expect(parallel([NaN, 2])).toBe(1);
  });
});

describe("kOfN", () => {
  it("2 of 3 at 0.99 → 0.999702", () => {
    expect(kOfN(2, 3, 0.99)).toBeCloseTo(0.999702, 9);
  });

  it("reduces to series (n of n) and parallel (1 of n)", () => {
    expect(kOfN(4, 4, 0.95)).toBeCloseTo(series([0.95, 0.95, 0.95, 0.95]), 12);
    expect(kOfN(1, 4, 0.95)).toBeCloseTo(parallel([0.95, 0.95, 0.95, 0.95]), 12);
  });

  it("keeps precision near 1 and stays finite for many parts", () => {
    // 1 of 3 at 0.9999 fails only if all three fail: 1e-12.
    expect(1 - kOfN(1, 3, 0.9999)).toBeCloseTo(1e-12, 15);
    const many = kOfN(600, 1000, 0.6);
    expect(many).toBeGreaterThan(0.4);
    expect(many).toBeLessThan(0.6);
    expect(kOfN(0, 3, 0.5)).toBe(1);
    expect(kOfN(4, 3, 0.5)).toBe(0);
    expect(kOfN(2, 3, 1)).toBe(1);
    expect(kOfN(2, 3, 0)).toBe(0);
  });
});

describe("withFailover", () => {
  it("one 90 s failover every 30 days → 99.9965 %", () => {
    const a = withFailover({ availability: 1, failoversPerYear: 365.25 / 30, failoverSeconds: 90 });
    expect(shown(a * 100, 6)).toBe(99.9965);
  });

  it("subtracts from the redundant set's availability and never goes below 0", () => {
    const a = withFailover({ availability: 0.9999, failoversPerYear: 12, failoverSeconds: 60 });
    expect(a).toBeCloseTo(0.9999 - (12 * 60) / (365.25 * 86_400), 12);
    expect(withFailover({ availability: 0.9, failoversPerYear: 1e9, failoverSeconds: 1e9 })).toBe(0);
    expect(withFailover({ availability: 0.9, failoversPerYear: NaN, failoverSeconds: 60 })).toBe(0.9);
  });
});
