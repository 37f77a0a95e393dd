/**
 * A simulated LRU cache under seeded Zipf requests: the reference for Che's approximation.
 * The cache is a Map from key to slot plus a doubly linked recency list over the slots (V8's
 * Map iterator walks over deleted entries, so evicting with `map.keys().next()` is quadratic
 * under churn); requests are drawn by inverting the exact cumulative Zipf weights.
 */
import { createRng } from "@/lib/simulator/math/random";

/** Draws ranks 1..keys with P(i) ∝ i^{−s}, by binary search over the cumulative weights. */
export function createZipfSampler(keys: number, s: number, seed: number): () => number {
  const cumulative = new Float64Array(keys);
  let total = 0;
  for (let i = 0; i < keys; i++) cumulative[i] = total += Math.pow(i + 1, -s);
  const rng = createRng(seed);
  return () => {
    const u = rng() * total;
    let lo = 0;
    let hi = keys - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo + 1;
  };
}

export type LruSimulationInput = {
  keys: number;
  zipfS: number;
  capacityItems: number;
  /** Requests to fill the cache and reach steady state before counting. */
  warmupRequests: number;
  requests: number;
  seed: number;
};

/** The measured hit ratio of an LRU cache of `capacityItems` keys. */
export function simulateLruHitRatio(input: LruSimulationInput): number {
  const next = createZipfSampler(input.keys, input.zipfS, input.seed);
  const capacity = input.capacityItems;
  const slotOf = new Map<number, number>();
  const keyOf = new Int32Array(capacity);
  const newer = new Int32Array(capacity).fill(-1); // towards the most recent
  const older = new Int32Array(capacity).fill(-1); // towards the least recent
  let mostRecent = -1;
  let leastRecent = -1;
  let used = 0;

  const unlink = (slot: number) => {
    if (newer[slot] >= 0) older[newer[slot]] = older[slot];
    else mostRecent = older[slot];
    if (older[slot] >= 0) newer[older[slot]] = newer[slot];
    else leastRecent = newer[slot];
  };
  const pushMostRecent = (slot: number) => {
    older[slot] = mostRecent;
    newer[slot] = -1;
    if (mostRecent >= 0) newer[mostRecent] = slot;
    mostRecent = slot;
    if (leastRecent < 0) leastRecent = slot;
  };

  let hits = 0;
  const total = input.warmupRequests + input.requests;
  for (let r = 0; r < total; r++) {
    const key = next();
    const cached = slotOf.get(key);
    if (cached !== undefined) {
      if (r >= input.warmupRequests) hits++;
      unlink(cached);
      pushMostRecent(cached);
      continue;
    }
    let slot: number;
    if (used < capacity) {
      slot = used++;
    } else {
      slot = leastRecent;
      unlink(slot);
      slotOf.delete(keyOf[slot]);
    }
    keyOf[slot] = key;
    slotOf.set(key, slot);
    pushMostRecent(slot);
  }
  return hits / input.requests;
}
