import { describe, expect, it } from "vitest";
import { cheHitRatio, coldCacheHitRatio, zipfHottestShare, type CachePolicy } from "@/lib/simulator/math/che";

/** Che's approximation summed key by key over every rank, with T found by plain bisection. */
function bruteForceLru(keys: number, s: number, capacity: number): number {
  const p = new Float64Array(keys);
  let h = 0;
  for (let i = 0; i < keys; i++) h += (p[i] = Math.pow(i + 1, -s));
  for (let i = 0; i < keys; i++) p[i] /= h;
  const occupancy = (t: number) => {
    let sum = 0;
    for (let i = 0; i < keys; i++) sum += 1 - Math.exp(-p[i] * t);
    return sum;
  };
  let lo = 0;
  let hi = 1;
  while (occupancy(hi) < capacity) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (occupancy(mid) < capacity) lo = mid;
    else hi = mid;
  }
  let hits = 0;
  for (let i = 0; i < keys; i++) hits += p[i] * (1 - Math.exp(-p[i] * lo));
  return hits;
}

describe("cheHitRatio", () => {
  it("matches SIMULATOR.md's check: N = 10^5, s = 0.8, C = 10^3 → 0.204", () => {
    expect(cheHitRatio({ keys: 1e5, zipfS: 0.8, capacityItems: 1e3, policy: "lru" })).toBeCloseTo(0.204, 3);
  });

  it("agrees with an unbucketed rank-by-rank computation", () => {
    for (const [keys, s, capacity] of [[1e5, 0.8, 1e3], [2e5, 1.0, 5e3], [50_000, 0.6, 20_000]]) {
      const exact = bruteForceLru(keys, s, capacity);
      expect(Math.abs(cheHitRatio({ keys, zipfS: s, capacityItems: capacity, policy: "lru" }) - exact)).toBeLessThan(1e-4);
    }
  });

  // SIMULATOR.md, "Hit ratios, Zipf over 10^6 keys, LRU / FIFO / LFU".
  const table: [number, number, [number, number, number]][] = [
    [0.8, 1e3, [0.1, 0.086, 0.21]],
    [0.8, 1e4, [0.23, 0.21, 0.36]],
    [0.8, 1e5, [0.49, 0.45, 0.61]],
    [1.0, 1e3, [0.4, 0.37, 0.52]],
    [1.0, 1e4, [0.59, 0.55, 0.68]],
    [1.0, 1e5, [0.78, 0.75, 0.84]],
  ];
  const policies: CachePolicy[] = ["lru", "fifo", "lfu"];
  it.each(table)("reproduces the 10^6-key table at s = %s, C = %s within 0.02", (s, capacity, expected) => {
    policies.forEach((policy, i) => {
      const h = cheHitRatio({ keys: 1e6, zipfS: s, capacityItems: capacity, policy });
      expect(Math.abs(h - expected[i])).toBeLessThan(0.02);
    });
  });

  it("orders the policies LFU ≥ LRU ≥ FIFO and grows with capacity", () => {
    let previous = 0;
    for (const capacity of [10, 100, 1e3, 1e4, 1e5]) {
      const lru = cheHitRatio({ keys: 1e6, zipfS: 0.9, capacityItems: capacity, policy: "lru" });
      const fifo = cheHitRatio({ keys: 1e6, zipfS: 0.9, capacityItems: capacity, policy: "fifo" });
      const lfu = cheHitRatio({ keys: 1e6, zipfS: 0.9, capacityItems: capacity, policy: "lfu" });
      expect(lfu).toBeGreaterThanOrEqual(lru);
      expect(lru).toBeGreaterThanOrEqual(fifo);
      expect(lru).toBeGreaterThan(previous);
      previous = lru;
    }
  });

  it("gives LFU exactly the top-C mass", () => {
    // Uniform popularity (s = 0): C of N keys hold C/N of the requests.
    expect(cheHitRatio({ keys: 1000, zipfS: 0, capacityItems: 250, policy: "lfu" })).toBeCloseTo(0.25, 9);
    // s = 1, N = 4: top 2 of 1, 1/2, 1/3, 1/4.
    expect(cheHitRatio({ keys: 4, zipfS: 1, capacityItems: 2, policy: "lfu" })).toBeCloseTo(1.5 / (25 / 12), 9);
  });

  it("caps the characteristic time by the TTL", () => {
    const base = { keys: 1e6, zipfS: 0.9, capacityItems: 1e5, policy: "lru" as const };
    const noTtl = cheHitRatio(base);
    const longTtl = cheHitRatio({ ...base, ttlSeconds: 1e9, requestsPerSecond: 1000 });
    const shortTtl = cheHitRatio({ ...base, ttlSeconds: 10, requestsPerSecond: 1000 });
    expect(longTtl).toBeCloseTo(noTtl, 12);
    expect(shortTtl).toBeLessThan(noTtl);
    // A cache larger than the key space is limited only by the TTL: T = 10 s × 1000/s.
    const everything = cheHitRatio({ ...base, capacityItems: 2e6, ttlSeconds: 10, requestsPerSecond: 1000 });
    expect(everything).toBeCloseTo(coldCacheHitRatio({ ...base, capacityItems: 2e6, requestsPerSecond: 1000, seconds: 10 }), 9);
    expect(cheHitRatio({ ...base, capacityItems: 2e6 })).toBe(1);
  });

  it("stays within [0, 1] and finite for odd input", () => {
    const odd = [
      { keys: 0, zipfS: 1, capacityItems: 10 },
      { keys: 10, zipfS: -1, capacityItems: 5 },
      { keys: NaN, zipfS: NaN, capacityItems: NaN },
      { keys: 1e6, zipfS: 1, capacityItems: 0 },
      { keys: 1e18, zipfS: 1.2, capacityItems: 1e4 },
      { keys: 1e4, zipfS: 80, capacityItems: 3 },
    ];
    for (const input of odd) {
      for (const policy of policies) {
        const h = cheHitRatio({ ...input, policy });
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1);
      }
    }
  });

  it("answers a repeated 10^6-key query with the same ratio (memoised; its speed is in bench:simulator)", () => {
    const input = { keys: 1e6, zipfS: 0.95, capacityItems: 31_337, policy: "lru" as const };
    const first = cheHitRatio(input);
    for (let i = 0; i < 100; i++) expect(cheHitRatio({ ...input })).toBe(first);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(1);
  });
});

describe("coldCacheHitRatio", () => {
  const base = { keys: 1e6, zipfS: 0.9, capacityItems: 5e4, policy: "lru" as const, requestsPerSecond: 1000 };

  it("starts at 0, rises, and settles at the steady state once the cache fills", () => {
    const steady = cheHitRatio(base);
    expect(coldCacheHitRatio({ ...base, seconds: 0 })).toBe(0);
    let previous = 0;
    for (const seconds of [1, 5, 20, 60, 300]) {
      const h = coldCacheHitRatio({ ...base, seconds });
      expect(h).toBeGreaterThan(previous);
      expect(h).toBeLessThanOrEqual(steady);
      previous = h;
    }
    expect(coldCacheHitRatio({ ...base, seconds: 1e6 })).toBeCloseTo(steady, 12);
  });

  it("follows Σpᵢ(1 − e^{−λpᵢt}) before the cache fills", () => {
    // Uniform keys (s = 0): every pᵢ = 1/N, so h(t) = 1 − e^{−λt/N}.
    const uniform = { keys: 1e4, zipfS: 0, capacityItems: 1e4, policy: "lru" as const, requestsPerSecond: 100 };
    expect(coldCacheHitRatio({ ...uniform, seconds: 50 })).toBeCloseTo(1 - Math.exp(-100 * 50 / 1e4), 9);
  });

  it("stays cold without traffic", () => {
    expect(coldCacheHitRatio({ ...base, requestsPerSecond: 0, seconds: 100 })).toBe(0);
  });
});

describe("zipfHottestShare", () => {
  it("matches SIMULATOR.md: 6.9 % at s = 1 and 1.3 % at s = 0.8 for 10^6 keys", () => {
    expect(zipfHottestShare(1e6, 1)).toBeCloseTo(0.069, 3);
    expect(zipfHottestShare(1e6, 0.8)).toBeCloseTo(0.013, 3);
  });

  it("is 1/H_{N,s}: summed rank by rank it agrees to a part in 10^8, and 1/N when uniform", () => {
    for (const [keys, s] of [[200, 1], [1000, 1], [300_000, 0.7], [300_000, 1.3]]) {
      let h = 0;
      for (let i = 1; i <= keys; i++) h += Math.pow(i, -s);
      expect(Math.abs(zipfHottestShare(keys, s) * h - 1)).toBeLessThan(1e-8);
    }
    expect(zipfHottestShare(500, 0)).toBeCloseTo(1 / 500, 12);
    expect(zipfHottestShare(0, 1)).toBe(0);
  });
});
