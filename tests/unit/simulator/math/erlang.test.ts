import { describe, expect, it } from "vitest";
import { erlangB, erlangC } from "@/lib/simulator/math/erlang";

/** Textbook Erlang C from the factorial sums, independent of the recursion (small c only). */
function erlangCDirect(c: number, a: number): number {
  let sum = 0;
  let term = 1; // a^k / k!
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term * (c / (c - a)); // a^c / c! · c / (c − a)
  return top / (sum + top);
}

function erlangBDirect(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k <= c; k++) {
    sum += term;
    if (k < c) term *= a / (k + 1);
  }
  return term / sum;
}

describe("erlangC", () => {
  it("matches SIMULATOR.md's check: c = 10, a = 6 → 0.1013", () => {
    expect(erlangC(10, 6)).toBeCloseTo(0.1013, 4);
  });

  it("agrees with the factorial formula", () => {
    for (const [c, a] of [[1, 0.5], [2, 1.9], [4, 3.2], [16, 14.4], [30, 20]]) {
      expect(erlangC(c, a)).toBeCloseTo(erlangCDirect(c, a), 12);
    }
  });

  it("is the utilisation for one server (M/M/1 waits with probability ρ)", () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
  });

  it("returns 1 at or above capacity and 0 with no load", () => {
    expect(erlangC(4, 4)).toBe(1);
    expect(erlangC(4, 9)).toBe(1);
    expect(erlangC(4, 0)).toBe(0);
  });

  it("stays finite for thousands of servers where factorials overflow", () => {
    const value = erlangC(5000, 4900);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it("never returns NaN for odd input", () => {
    for (const [c, a] of [[NaN, 1], [1, NaN], [-3, 2], [2, -1], [Infinity, 5], [0, 0], [2.5, 1]]) {
      const value = erlangC(c, a);
      expect(Number.isNaN(value)).toBe(false);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});

describe("erlangB", () => {
  it("agrees with the factorial formula", () => {
    for (const [c, a] of [[1, 1], [5, 3], [10, 6], [40, 35]]) {
      expect(erlangB(c, a)).toBeCloseTo(erlangBDirect(c, a), 12);
    }
  });

  it("interpolates between whole server counts", () => {
    const low = erlangB(3, 2);
    const high = erlangB(4, 2);
    expect(erlangB(3.5, 2)).toBeCloseTo((low + high) / 2, 12);
  });

  it("switches to the Poisson form for huge server counts without a jump", () => {
    const a = 99_500;
    const exact = erlangB(100_000, a); // last count done by the recursion
    const nextExact = (a * exact) / (100_001 + a * exact); // one more recursion step by hand
    const approx = erlangB(100_001, a); // first count done by the Poisson form
    expect(Math.abs(approx - nextExact) / nextExact).toBeLessThan(0.01);
    expect(Number.isFinite(erlangB(1e12, 1e12))).toBe(true);
  });
});
