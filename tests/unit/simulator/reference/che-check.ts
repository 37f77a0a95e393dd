/**
 * The Che truth check shared by tests/unit/simulator/truth/che-lru.test.ts and ad-hoc error
 * reports: cheHitRatio against the simulated LRU cache, for SIMULATOR.md's cases.
 */
import { cheHitRatio } from "@/lib/simulator/math/che";
import { simulateLruHitRatio } from "./lru";

export const CHE_SEED = 7;

/** SIMULATOR.md: its Che check and two rows of the 10^6-key table (LRU column). */
export const CHE_CASES = [
  { keys: 1e5, zipfS: 0.8, capacityItems: 1e3 },
  { keys: 1e6, zipfS: 0.8, capacityItems: 1e4 },
  { keys: 1e6, zipfS: 1.0, capacityItems: 1e3 },
];

/** Absolute difference between Che's LRU hit ratio and the simulated one. */
export function cheAbsoluteError(c: (typeof CHE_CASES)[number], seed = CHE_SEED): { analytic: number; simulated: number } {
  const analytic = cheHitRatio({ ...c, policy: "lru" });
  // Warm up for 20 cache-fulls of requests (at least 200 000), then count 1 000 000 requests:
  // binomial noise on the ratio is then about 0.0005, far below the 0.02 tolerance.
  const simulated = simulateLruHitRatio({
    ...c,
    warmupRequests: Math.max(200_000, 20 * c.capacityItems),
    requests: 1_000_000,
    seed,
  });
  return { analytic, simulated };
}
