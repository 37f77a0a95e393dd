import { describe, expect, it } from "vitest";
import { mmcStation, SATURATION_UTILIZATION_CAP } from "@/lib/simulator/math/queue";

// μ = 100/s everywhere: a 10 ms service time.
const SERVICE_MS = 10;
const station = (servers: number, rho: number) =>
  mmcStation({ servers, serviceTimeMs: SERVICE_MS, arrivalRps: rho * servers * (1000 / SERVICE_MS) });

describe("mmcStation", () => {
  it("matches SIMULATOR.md for M/M/4 at ρ = 0.8: p50 / p95 / p99 = 13.5 / 47.4 / 68.9 ms", () => {
    const s = station(4, 0.8);
    expect(s.sojournQuantileMs(0.5)).toBeCloseTo(13.5, 1);
    expect(s.sojournQuantileMs(0.95)).toBeCloseTo(47.4, 1);
    expect(s.sojournQuantileMs(0.99)).toBeCloseTo(68.9, 1);
  });

  it("matches SIMULATOR.md for M/M/16 at ρ = 0.9: p99 = 52.7 ms", () => {
    expect(station(16, 0.9).sojournQuantileMs(0.99)).toBeCloseTo(52.7, 1);
  });

  it("reduces to M/M/1, where the sojourn time is Exp(μ − λ)", () => {
    const s = station(1, 0.7);
    const rate = (1 - 0.7) / SERVICE_MS; // per ms
    for (const q of [0.5, 0.9, 0.99, 0.999]) {
      expect(s.sojournQuantileMs(q)).toBeCloseTo(-Math.log(1 - q) / rate, 6);
    }
    expect(s.meanSojournMs).toBeCloseTo(1 / rate, 9);
    expect(s.waitProbability).toBeCloseTo(0.7, 12);
  });

  it("handles θ = μ (the formula's removable singularity) continuously", () => {
    // θ = cμ − λ = μ when λ = (c − 1)μ: c = 2, ρ = 0.5.
    const at = station(2, 0.5);
    const near = station(2, 0.5 + 1e-7);
    const t = 25;
    expect(at.sojournTail(t)).toBeCloseTo(near.sojournTail(t), 6);
    expect(Number.isFinite(at.sojournQuantileMs(0.99))).toBe(true);
  });

  it("gives consistent means: Little's law on the queue", () => {
    const s = station(4, 0.8);
    const lambdaPerMs = 0.8 * 4 / SERVICE_MS;
    // Lq = C·ρ/(1 − ρ) for M/M/c.
    expect(lambdaPerMs * s.meanWaitMs).toBeCloseTo((s.waitProbability * 0.8) / 0.2, 9);
    expect(s.meanSojournMs).toBeCloseTo(s.meanWaitMs + SERVICE_MS, 12);
  });

  it("has a tail that falls from 1 and inverts to the quantile", () => {
    const s = station(8, 0.75);
    expect(s.sojournTail(0)).toBe(1);
    let previous = 1;
    for (let t = 1; t < 200; t += 7) {
      const tail = s.sojournTail(t);
      expect(tail).toBeLessThanOrEqual(previous);
      previous = tail;
    }
    for (const q of [0.1, 0.5, 0.99, 0.9999]) {
      expect(s.sojournTail(s.sojournQuantileMs(q))).toBeCloseTo(1 - q, 9);
    }
  });

  it("scales the wait by Kingman's (c_a² + c_s²)/2", () => {
    const base = station(4, 0.8);
    const bursty = mmcStation({ servers: 4, serviceTimeMs: 10, arrivalRps: 320, scv: { arrival: 2, service: 2 } });
    const smooth = mmcStation({ servers: 4, serviceTimeMs: 10, arrivalRps: 320, scv: { arrival: 0, service: 0 } });
    expect(bursty.meanWaitMs).toBeCloseTo(2 * base.meanWaitMs, 9);
    expect(smooth.meanWaitMs).toBe(0);
    expect(smooth.sojournQuantileMs(0.5)).toBeCloseTo(10 * Math.LN2, 6);
    expect(bursty.sojournQuantileMs(0.99)).toBeGreaterThan(base.sojournQuantileMs(0.99));
  });

  it("stays finite and flags saturation at or above capacity", () => {
    const over = mmcStation({ servers: 4, serviceTimeMs: 10, arrivalRps: 1_000 });
    const capped = station(4, SATURATION_UTILIZATION_CAP);
    expect(over.saturated).toBe(true);
    expect(over.utilization).toBeCloseTo(2.5, 12);
    expect(over.sojournQuantileMs(0.99)).toBeCloseTo(capped.sojournQuantileMs(0.99), 9);
    expect(station(4, 0.5).saturated).toBe(false);
    expect(station(4, 1).saturated).toBe(true);
  });

  it("never yields NaN, Infinity or a negative time for odd input", () => {
    const inputs = [
      { servers: 0, serviceTimeMs: 10, arrivalRps: 100 },
      { servers: 0.5, serviceTimeMs: 10, arrivalRps: 20 },
      { servers: 3, serviceTimeMs: 0, arrivalRps: 100 },
      { servers: 3, serviceTimeMs: 10, arrivalRps: 0 },
      { servers: NaN, serviceTimeMs: NaN, arrivalRps: NaN },
      { servers: 1e9, serviceTimeMs: 1e-9, arrivalRps: 1e300 },
      { servers: 2, serviceTimeMs: 1e300, arrivalRps: 1e300 },
      { servers: 2.5, serviceTimeMs: 4, arrivalRps: 400 },
    ];
    for (const input of inputs) {
      const s = mmcStation(input);
      const values = [
        s.utilization, s.waitProbability, s.meanWaitMs, s.meanSojournMs,
        s.sojournQuantileMs(0.5), s.sojournQuantileMs(0.99), s.sojournQuantileMs(1), s.sojournQuantileMs(-1),
        s.sojournTail(5), s.sojournTail(-5),
      ];
      for (const v of values) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("keeps a half server's capacity: servers 0.5 at 10 ms is one server at 20 ms", () => {
    const half = mmcStation({ servers: 0.5, serviceTimeMs: 10, arrivalRps: 25 });
    const slow = mmcStation({ servers: 1, serviceTimeMs: 20, arrivalRps: 25 });
    expect(half.utilization).toBeCloseTo(0.5, 12);
    expect(half.sojournQuantileMs(0.99)).toBeCloseTo(slow.sojournQuantileMs(0.99), 9);
  });
});
