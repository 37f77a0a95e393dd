import { describe, expect, it } from "vitest";
import { estimate } from "@/lib/simulator/estimate";

const DAY = 24 * 60 * 60;

describe("estimate", () => {
  it("reproduces the book's Twitter estimation (System Design Interview, ch. 2)", () => {
    // 300 M MAU, 50 % daily → 150 M DAU; 2 tweets per user per day; 10 % carry 1 MB; 5 years.
    const e = estimate({
      dailyActiveUsers: 300e6 * 0.5,
      writesPerUserPerDay: 2,
      mediaShareOfWrites: 0.1,
      bytesPerMedia: 1e6,
      retentionYears: 5,
    });
    expect(Math.round(e.writeQps.average)).toBe(3472);
    expect(Math.round(e.writeQps.peak)).toBe(6944); // default peak ratio 2
    expect(e.storageBytesPerDay).toBeCloseTo(30e12, 0); // 30 TB
    expect(e.storageBytesOverRetention / 1e15).toBeCloseTo(54.75, 9); // 54.75 PB
    expect(e.readQps).toEqual({ average: 0, peak: 0 });
  });

  it("reproduces the example estimates of DESIGN.md's report", () => {
    const e = estimate({
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
    });
    expect(e.readQps.average).toBeCloseTo(1620.4, 1);
    expect(e.readQps.peak).toBeCloseTo(3240.7, 1);
    expect(e.staticQps.average).toBeCloseTo(694.4, 1);
    expect(e.staticQps.peak).toBeCloseTo(1388.9, 1);
    expect(e.writeQps.average).toBeCloseTo(231.5, 1);
    expect(e.writeQps.peak).toBeCloseTo(463.0, 1);
    expect(e.storageBytesPerDay).toBeCloseTo(2.02e12, 0);
    expect(e.storageBytesOverRetention / 1e15).toBeCloseTo(3.6865, 9);
    expect(e.ingressBytesPerSecond / 1e7).toBeCloseTo(2.338, 3);
    expect(e.egressBytesPerSecond / 1e6).toBeCloseTo(4.63, 2);
  });

  it("derives each figure from its formula", () => {
    const req = {
      dailyActiveUsers: 123_456,
      readsPerUserPerDay: 7,
      writesPerUserPerDay: 3,
      peakToAverageRatio: 3.5,
      bytesPerRead: 512,
      bytesPerWrite: 300,
      mediaShareOfWrites: 0.25,
      bytesPerMedia: 40_000,
      retentionYears: 2,
      staticShareOfReads: 0.4,
    };
    const e = estimate(req);
    const reads = (123_456 * 7) / DAY;
    const writes = (123_456 * 3) / DAY;
    expect(e.readQps.average + e.staticQps.average).toBeCloseTo(reads, 9);
    expect(e.staticQps.average / reads).toBeCloseTo(0.4, 12);
    expect(e.writeQps.peak / e.writeQps.average).toBeCloseTo(3.5, 12);
    expect(e.storageBytesPerDay).toBeCloseTo(123_456 * 3 * (300 + 0.25 * 40_000), 3);
    expect(e.storageBytesOverRetention).toBeCloseTo(e.storageBytesPerDay * 365 * 2, 0);
    expect(e.ingressBytesPerSecond).toBeCloseTo(writes * (300 + 0.25 * 40_000), 6);
    expect(e.egressBytesPerSecond).toBeCloseTo(reads * 512, 6);
  });

  it("is all zeros and finite with nothing known", () => {
    const e = estimate({});
    for (const value of [e.readQps.average, e.readQps.peak, e.writeQps.peak, e.storageBytesOverRetention, e.egressBytesPerSecond]) {
      expect(value).toBe(0);
    }
  });

  it("ignores impossible values instead of producing negative or NaN figures", () => {
    const e = estimate({
      dailyActiveUsers: -5,
      readsPerUserPerDay: NaN,
      writesPerUserPerDay: 1,
      peakToAverageRatio: 0.5,
      staticShareOfReads: 3,
      mediaShareOfWrites: null,
    });
    expect(e.writeQps.average).toBe(0);
    const ok = estimate({ dailyActiveUsers: 86_400, readsPerUserPerDay: 1, staticShareOfReads: 3, peakToAverageRatio: 0.5 });
    expect(ok.staticQps.average).toBe(1); // share capped at 1
    expect(ok.readQps.average).toBe(0);
    expect(ok.staticQps.peak).toBe(1); // a peak is never below the average
  });
});
