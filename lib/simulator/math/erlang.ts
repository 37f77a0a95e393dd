/**
 * Erlang B and Erlang C for M/M/c stations (SIMULATOR.md, "Latency under load").
 * Both go through the Erlang B recursion B₀ = 1, B_k = a·B_{k−1} / (k + a·B_{k−1}), whose
 * terms are all in [0, 1]: unlike the textbook factorial sums it never overflows.
 */

/** Clean a count or load: NaN and negatives become 0, +Infinity the largest double. */
function nonNegative(x: number): number {
  if (Number.isNaN(x) || x <= 0) return 0;
  return Number.isFinite(x) ? x : Number.MAX_VALUE;
}

/**
 * Above this many servers the O(c) recursion is replaced by the Poisson form of Erlang B,
 * B = P(N = c) / P(N ≤ c) with N ~ Poisson(a), with Stirling's log-factorial and a normal
 * approximation of the sum (error well under 1 % at this size; keeps huge inputs O(1)).
 */
const RECURSION_LIMIT = 100_000;

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
          t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Erlang B for very many servers, from the Poisson ratio above. */
function erlangBLarge(c: number, a: number): number {
  // ln P(N = c) = c·ln a − a − ln c!, ln c! by Stirling with its first correction.
  const logFactorial = c * Math.log(c) - c + 0.5 * Math.log(2 * Math.PI * c) + 1 / (12 * c);
  const logPmf = c * Math.log(a) - a - logFactorial;
  const cdf = 0.5 * erfc(-(c + 0.5 - a) / Math.sqrt(2 * a));
  if (!(cdf > 0)) return 1;
  const b = Math.exp(logPmf) / cdf;
  return Number.isFinite(b) ? Math.min(1, Math.max(0, b)) : 1;
}

/** One step of the recursion from B_{k−1} to B_k. */
function step(previous: number, k: number, a: number): number {
  const aB = a * previous;
  return aB / (k + aB);
}

/**
 * Erlang B: probability that an arrival finds all `servers` busy in a loss system offered
 * `offeredErlangs` = λ/μ. Non-integer server counts interpolate linearly between the two
 * neighbouring integers (continuous in the input, exact at integers). O(servers) time up to
 * RECURSION_LIMIT servers; the loop stops early once B underflows to 0.
 */
export function erlangB(servers: number, offeredErlangs: number): number {
  const c = nonNegative(servers);
  const a = nonNegative(offeredErlangs);
  if (a === 0) return c === 0 ? 1 : 0;
  if (c > RECURSION_LIMIT) return erlangBLarge(c, a);
  const whole = Math.floor(c);
  let b = 1;
  for (let k = 1; k <= whole; k++) {
    b = step(b, k, a);
    if (b === 0) return 0;
  }
  const fraction = c - whole;
  if (fraction === 0) return b;
  const next = step(b, whole + 1, a);
  return b + (next - b) * fraction;
}

/**
 * Erlang C: probability that an arrival has to wait in an M/M/c queue,
 * C = B / (1 − ρ(1 − B)) with ρ = a / c (SIMULATOR.md; check c = 10, a = 6 → 0.1013).
 * Returns 1 when offered ≥ servers: the queue is unstable and everyone waits.
 */
export function erlangC(servers: number, offeredErlangs: number): number {
  const c = nonNegative(servers);
  const a = nonNegative(offeredErlangs);
  if (a >= c) return 1;
  if (a === 0) return 0;
  const b = erlangB(c, a);
  const rho = a / c;
  const result = b / (1 - rho * (1 - b));
  return Math.min(1, Math.max(0, result));
}
