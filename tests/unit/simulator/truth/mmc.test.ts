import { describe, expect, it } from "vitest";
import { mmcRelativeErrors } from "../reference/mmc-check";

const cases = [1, 4, 16].flatMap((servers) => [0.5, 0.7, 0.9].map((rho) => ({ servers, rho })));

describe("mmcStation against a discrete-event simulation (FCFS, seeded)", () => {
  it.each(cases)("M/M/$servers at ρ = $rho: p50 and p99 within 5 %", ({ servers, rho }) => {
    const errors = mmcRelativeErrors(servers, rho);
    expect(Math.abs(errors.p50)).toBeLessThan(0.05);
    expect(Math.abs(errors.p99)).toBeLessThan(0.05);
  }, 60_000);
});
