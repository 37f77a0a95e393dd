/**
 * Availability algebra (SIMULATOR.md, "Availability"): series and parallel blocks, k-of-n
 * redundancy, downtime budgets, and the cost of failover time.
 */

/** A Julian year (365.25 days): the convention of the usual "nines" tables (99.9 % → 8.77 h). */
export const SECONDS_PER_YEAR = 365.25 * 86_400;
const SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;

function probability(a: number): number {
  if (Number.isNaN(a) || a <= 0) return 0;
  return a >= 1 ? 1 : a;
}

/** Every part must be up: A = ΠAᵢ. An empty chain is always up (1). */
export function series(a: number[]): number {
  let product = 1;
  for (const x of a) product *= probability(x);
  return product;
}

/** Any one part suffices: A = 1 − Π(1 − Aᵢ). An empty set has nothing to serve (0). */
export function parallel(a: number[]): number {
  let allDown = 1;
  for (const x of a) allDown *= 1 - probability(x);
  return 1 - allDown;
}

/**
 * At least k of n identical parts up: Σ_{j≥k} C(n,j) A^j (1−A)^(n−j) (2 of 3 at 0.99 →
 * 0.999702). Terms are built in log space (no overflow for large n); the result is taken from
 * whichever side of the sum is smaller, so availabilities near 1 keep their precision.
 * k is rounded up and n down to whole parts; k ≤ 0 → 1, k > n → 0.
 */
export function kOfN(k: number, n: number, a: number): number {
  const parts = Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  const needed = Number.isNaN(k) ? 0 : Math.ceil(k);
  if (needed <= 0) return 1;
  if (needed > parts) return 0;
  const p = probability(a);
  if (p === 1) return 1;
  if (p === 0) return 0;
  const logUp = Math.log(p);
  const logDown = Math.log1p(-p);
  let logChoose = 0; // ln C(n, 0)
  let atLeast = 0;
  let fewer = 0;
  for (let j = 0; j <= parts; j++) {
    if (j > 0) logChoose += Math.log((parts - j + 1) / j);
    const term = Math.exp(logChoose + j * logUp + (parts - j) * logDown);
    if (j >= needed) atLeast += term;
    else fewer += term;
  }
  const result = atLeast < 0.5 ? atLeast : 1 - fewer;
  return Math.min(1, Math.max(0, result));
}

/**
 * Expected downtime for an availability: (1 − A) × period, with a Julian year, a month of
 * year/12 (30.44 days) and a day of 86 400 s.
 */
export function downtime(a: number): { perYearMinutes: number; perMonthMinutes: number; perDaySeconds: number } {
  const down = 1 - probability(a);
  return {
    perYearMinutes: (down * SECONDS_PER_YEAR) / 60,
    perMonthMinutes: (down * SECONDS_PER_MONTH) / 60,
    perDaySeconds: down * 86_400,
  };
}

/**
 * Failover still costs time: A ≈ A_redundant − failovers × failover time ÷ period, where
 * `availability` is the redundant set's own availability (1 − P(all down)) (SIMULATOR.md: one
 * 90 s failover every 30 days → 99.9965 %). Never below 0.
 */
export function withFailover(input: { availability: number; failoversPerYear: number; failoverSeconds: number }): number {
  const failovers = Number.isFinite(input.failoversPerYear) && input.failoversPerYear > 0 ? input.failoversPerYear : 0;
  const seconds = Number.isFinite(input.failoverSeconds) && input.failoverSeconds > 0 ? input.failoverSeconds : 0;
  const lost = Math.min(1, (failovers * seconds) / SECONDS_PER_YEAR);
  return Math.max(0, probability(input.availability) - lost);
}

/**
 * Expected share of a tier's traffic lost to independent unit failures: Σ_j P(j of n down) ×
 * lost(j), with P binomial (each unit up with probability a). lost(j) is the share the j-down
 * tier cannot serve (the load beyond what n − j units carry). This generalises k-of-n: a tier
 * whose survivors still carry the peak loses nothing, one that is short by a little loses a
 * little. Terms are summed in log space from j = 1 until they no longer matter.
 */
export function expectedShareLost(n: number, a: number, lost: (down: number) => number): number {
  const parts = Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  const p = probability(a);
  if (parts === 0) return 1;
  if (p === 1) return Math.min(1, Math.max(0, lost(0)));
  const logUp = p > 0 ? Math.log(p) : -Infinity;
  const logDown = Math.log1p(-p);
  let logChoose = 0;
  let total = 0;
  for (let j = 0; j <= parts; j++) {
    if (j > 0) logChoose += Math.log((parts - j + 1) / j);
    const upTerm = parts - j === 0 ? 0 : (parts - j) * logUp;
    const prob = Math.exp(logChoose + j * logDown + upTerm);
    const share = Math.min(1, Math.max(0, lost(j)));
    total += prob * share;
    // Past the mode, once a term is negligible and the loss is total, the rest add nothing new.
    if (j > parts * (1 - p) + 1 && prob < 1e-16) break;
  }
  return Math.min(1, Math.max(0, total));
}
