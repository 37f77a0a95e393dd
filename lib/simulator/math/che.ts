/**
 * Cache hit ratios under Zipf popularity (SIMULATOR.md, "Caches"): Che's approximation for
 * LRU, its FIFO/random variant, LFU as the top-C popularity mass, TTL as a cap on the
 * characteristic time, and the warm-up curve of a cold cache.
 *
 * Popularity is Zipf(s) over N keys: pᵢ = i^{−s} / H_{N,s}. Summing 10^6 terms per call is too
 * slow for the simulator's hot path, so ranks are grouped: the top EXACT_RANKS ranks are kept
 * one by one (they carry most of the mass and the most curvature), the rest go into
 * log-spaced buckets of relative width BUCKET_RATIO, each summarised by its key count and
 * mass (see rankRunMass). About 700
 * points for 10^6 keys; results are memoised per parameters.
 */

export type CachePolicy = "lru" | "lfu" | "fifo";

export type CacheInput = {
  keys: number;
  zipfS: number;
  capacityItems: number;
  policy: CachePolicy;
  /** Entries expire this long after insertion; needs requestsPerSecond to take effect. */
  ttlSeconds?: number;
  /** Requests per second reaching the cache (converts seconds into request counts). */
  requestsPerSecond?: number;
};

const EXACT_RANKS = 256;
const BUCKET_RATIO = 1.02;
/** Key counts beyond this lose integer precision in doubles; larger inputs are capped. */
const MAX_KEYS = 1e15;
const MEMO_LIMIT = 1024;

/** A Zipf popularity in grouped form: group g has counts[g] keys of probability probs[g] each. */
type Popularity = {
  counts: Float64Array;
  probs: Float64Array;
  /** H_{N,s}: the normalising constant. */
  harmonic: number;
};

function clean(x: number | undefined, max = Number.MAX_VALUE): number {
  if (x === undefined || Number.isNaN(x) || x <= 0) return 0;
  return Math.min(x, max);
}

/**
 * Σ_{k=lo}^{hi} k^{−s} for a run of ranks: the midpoint-rule integral ∫_{lo−½}^{hi+½} x^{−s} dx
 * plus its first Euler–Maclaurin correction −(f′(b) − f′(a))/24, which leaves a relative error
 * below 1e-9 past rank 256.
 */
function rankRunMass(lo: number, hi: number, s: number): number {
  const a = lo - 0.5;
  const b = hi + 0.5;
  const e = 1 - s;
  const integral = Math.abs(e) < 1e-12 ? Math.log(b / a) : (Math.pow(b, e) - Math.pow(a, e)) / e;
  return integral + (s / 24) * (Math.pow(b, -s - 1) - Math.pow(a, -s - 1));
}

function memoSet<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const popularityMemo = new Map<string, Popularity>();

function popularity(keys: number, s: number): Popularity {
  const memoKey = `${keys}|${s}`;
  const known = popularityMemo.get(memoKey);
  if (known) return known;

  const counts: number[] = [];
  const weights: number[] = [];
  const exact = Math.min(keys, EXACT_RANKS);
  for (let i = 1; i <= exact; i++) {
    counts.push(1);
    weights.push(Math.pow(i, -s));
  }
  let lo = exact + 1;
  while (lo <= keys) {
    const hi = Math.min(keys, Math.max(lo, Math.floor(lo * BUCKET_RATIO)));
    counts.push(hi - lo + 1);
    weights.push(rankRunMass(lo, hi, s));
    lo = hi + 1;
  }
  let harmonic = 0;
  for (const w of weights) harmonic += w;
  const probs = new Float64Array(weights.length);
  for (let g = 0; g < weights.length; g++) probs[g] = weights[g] / counts[g] / harmonic;
  return memoSet(popularityMemo, memoKey, { counts: Float64Array.from(counts), probs, harmonic });
}

function normaliseKeys(keys: number): number {
  return Math.floor(clean(keys, MAX_KEYS));
}

function normaliseS(s: number): number {
  return Math.min(clean(s), 50);
}

/**
 * Share of all requests that go to the single hottest key, 1 / H_{N,s} (SIMULATOR.md,
 * "celebrity key": 6.9 % at s = 1, N = 10^6; 1.3 % at s = 0.8). 0 when there are no keys.
 */
export function zipfHottestShare(keys: number, s: number): number {
  const n = normaliseKeys(keys);
  if (n < 1) return 0;
  return 1 / popularity(n, normaliseS(s)).harmonic;
}

/** Expected number of cached keys at characteristic time T (in requests), and its slope. */
function occupancy(pop: Popularity, policy: "lru" | "fifo", t: number): { value: number; slope: number } {
  const { counts, probs } = pop;
  let value = 0;
  let slope = 0;
  for (let g = 0; g < probs.length; g++) {
    const p = probs[g];
    const x = p * t;
    if (policy === "lru") {
      value += counts[g] * -Math.expm1(-x);
      slope += counts[g] * p * Math.exp(-x);
    } else {
      value += (counts[g] * x) / (1 + x);
      slope += (counts[g] * p) / ((1 + x) * (1 + x));
    }
  }
  return { value, slope };
}

/**
 * Characteristic time T_C (in requests) solving Σ occupancyᵢ(T) = C (Che et al.). The
 * occupancy is increasing and concave in T and never above T, so Newton started at T = C
 * climbs monotonically to the root; it stops at a relative change of 1e-12.
 */
function characteristicTime(pop: Popularity, policy: "lru" | "fifo", capacity: number): number {
  let t = capacity;
  for (let i = 0; i < 500; i++) {
    const { value, slope } = occupancy(pop, policy, t);
    if (!(slope > 0)) break;
    const step = (capacity - value) / slope;
    if (!(step > 1e-12 * t)) break;
    t += step;
    if (!Number.isFinite(t)) return Number.MAX_VALUE;
  }
  return t;
}

/** Hit ratio Σ pᵢ·hᵢ(T) for per-key hit probabilities of the given form. */
function hitRatioAt(pop: Popularity, form: "lru" | "fifo", t: number): number {
  const { counts, probs } = pop;
  let hits = 0;
  for (let g = 0; g < probs.length; g++) {
    const x = probs[g] * t;
    const h = form === "lru" ? -Math.expm1(-x) : x / (1 + x);
    hits += counts[g] * probs[g] * h;
  }
  return hits;
}

/** LFU keeps the C most popular keys: hit ratio = their mass (each capped by TTL expiry). */
function lfuHitRatio(pop: Popularity, capacity: number, ttlRequests: number): number {
  const { counts, probs } = pop;
  let remaining = capacity;
  let hits = 0;
  for (let g = 0; g < probs.length && remaining > 0; g++) {
    const taken = Math.min(counts[g], remaining);
    remaining -= taken;
    const expiry = Number.isFinite(ttlRequests) ? -Math.expm1(-probs[g] * ttlRequests) : 1;
    hits += taken * probs[g] * expiry;
  }
  return hits;
}

/** TTL in requests (T = TTL × λ), or Infinity when there is no TTL or no rate to convert it. */
function ttlInRequests(input: CacheInput): number {
  const ttl = clean(input.ttlSeconds);
  const rps = clean(input.requestsPerSecond);
  if (input.ttlSeconds === undefined || rps === 0) return Infinity;
  return ttl * rps;
}

const hitMemo = new Map<string, number>();

/**
 * Steady-state hit ratio of a cache of `capacityItems` items over Zipf(zipfS) on `keys` keys.
 * LRU: hᵢ = 1 − e^{−pᵢT}; FIFO (and random): hᵢ = pᵢT / (1 + pᵢT); T solves Σhᵢ = C, then
 * T = min(T_C, TTL·λ) (SIMULATOR.md; Che's check N = 10^5, s = 0.8, C = 10^3 → 0.204).
 * LFU: the top-C popularity mass. A cache holding every key hits always (no TTL) — compulsory
 * first misses are not counted. Memoised; under 1 µs when the parameters repeat.
 */
export function cheHitRatio(input: CacheInput): number {
  const keys = normaliseKeys(input.keys);
  const s = normaliseS(input.zipfS);
  const capacity = Math.floor(clean(input.capacityItems, MAX_KEYS));
  const ttlRequests = ttlInRequests(input);
  if (keys < 1 || capacity < 1 || ttlRequests === 0) return 0;

  const memoKey = `${keys}|${s}|${capacity}|${input.policy}|${ttlRequests}`;
  const known = hitMemo.get(memoKey);
  if (known !== undefined) return known;

  const pop = popularity(keys, s);
  let result: number;
  if (input.policy === "lfu") {
    result = lfuHitRatio(pop, capacity, ttlRequests);
  } else {
    const form = input.policy === "fifo" ? "fifo" : "lru";
    const tc = capacity >= keys ? Infinity : characteristicTime(pop, form, capacity);
    const t = Math.min(tc, ttlRequests);
    result = Number.isFinite(t) ? hitRatioAt(pop, form, t) : 1;
  }
  return memoSet(hitMemo, memoKey, Math.min(1, Math.max(0, result)));
}

/**
 * Hit ratio `seconds` after a flush (cold start): a key is cached once it has been requested,
 * h(t) = Σpᵢ(1 − e^{−λpᵢt}), until the cache fills at t_C = T_C/λ; then the policy's steady
 * state. Computed as min(steady state, fill curve), which for LRU is exactly
 * Σpᵢ(1 − e^{−λpᵢ·min(t, t_C)}) (SIMULATOR.md). Needs requestsPerSecond: without traffic a
 * cold cache stays cold (0).
 */
export function coldCacheHitRatio(input: CacheInput & { seconds: number }): number {
  const rps = clean(input.requestsPerSecond);
  const seconds = clean(input.seconds);
  const keys = normaliseKeys(input.keys);
  if (rps === 0 || seconds === 0 || keys < 1) return 0;
  const steady = cheHitRatio(input);
  if (steady === 0) return 0;
  // Memoised like the steady state: every cache of a design warms on the same key space and
  // rate, at the same few ages, so the fill curve repeats.
  const t = rps * seconds;
  const zipfS = normaliseS(input.zipfS);
  const memoKey = `${keys}|${zipfS}|${t}`;
  let fill = fillMemo.get(memoKey);
  if (fill === undefined) fill = memoSet(fillMemo, memoKey, hitRatioAt(popularity(keys, zipfS), "lru", t));
  return Math.min(steady, Math.max(0, fill));
}

const fillMemo = new Map<string, number>();
