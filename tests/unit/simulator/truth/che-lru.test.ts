import { describe, expect, it } from "vitest";
import { CHE_CASES, cheAbsoluteError } from "../reference/che-check";

describe("cheHitRatio against a simulated LRU cache (seeded Zipf requests)", () => {
  it.each(CHE_CASES)("N = $keys, s = $zipfS, C = $capacityItems: within 0.02", (c) => {
    const { analytic, simulated } = cheAbsoluteError(c);
    expect(Math.abs(analytic - simulated)).toBeLessThan(0.02);
  }, 60_000);
});
