import { describe, expect, it } from "vitest";
import { createRng, sampleExponential } from "@/lib/simulator/math/random";

describe("createRng", () => {
  it("repeats for the same seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it("yields uniform floats in [0, 1)", () => {
    const rng = createRng(7);
    let sum = 0;
    let outside = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // Mean of n uniforms: 0.5 ± 0.29/√n; 5 standard errors.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * 0.2887 / Math.sqrt(n));
  });

  it("accepts odd seeds without producing NaN", () => {
    for (const seed of [NaN, -1, 1.5, Number.MAX_VALUE, Infinity]) {
      expect(Number.isFinite(createRng(seed)())).toBe(true);
    }
  });
});

describe("sampleExponential", () => {
  it("has mean 1/rate", () => {
    const rng = createRng(1);
    const rate = 0.25;
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampleExponential(rng, rate);
    // Standard error of the mean is (1/rate)/√n.
    expect(Math.abs(sum / n - 4)).toBeLessThan(5 * 4 / Math.sqrt(n));
  });

  it("stays finite for a zero rate or a zero draw", () => {
    expect(sampleExponential(() => 0.5, 0)).toBe(Number.MAX_VALUE);
    expect(sampleExponential(() => 0, 1)).toBe(0);
    expect(Number.isFinite(sampleExponential(() => 0.9999999999999999, 1e-300))).toBe(true);
  });
});
