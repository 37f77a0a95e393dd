/**
 * Seeded randomness for the simulator: every run with the same seed gives the same report,
 * which is what makes results explainable and stops them "jumping around" between reruns.
 */

/**
 * mulberry32 (Tommy Ettinger's public-domain 32-bit generator): tiny, fast, and good enough
 * for Monte Carlo latency sampling. Returns a function yielding floats in [0, 1).
 */
export function createRng(seed: number): () => number {
  let state = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Exponential variate by inversion, X = −ln(1 − U) / rate. Uses 1 − U so the argument of
 * the logarithm is in (0, 1] and the result is always finite. A rate of zero (or less) means
 * "never happens": it returns Number.MAX_VALUE rather than Infinity so sums stay finite.
 */
export function sampleExponential(rng: () => number, ratePerMs: number): number {
  if (!(ratePerMs > 0)) return Number.MAX_VALUE;
  const x = -Math.log1p(-rng()) / ratePerMs;
  return Number.isFinite(x) ? x : Number.MAX_VALUE;
}
