/**
 * One M/M/c station (one instance of a node): waiting probability, means, and the exact
 * sojourn-time (wait + service) tail from SIMULATOR.md, "Latency under load".
 */
import { erlangC } from "./erlang";

/**
 * Utilisation at which an overloaded station is evaluated. At ρ ≥ 1 an M/M/c queue has no
 * steady state (the backlog grows without bound); the report still needs finite numbers, so
 * latency is computed as if ρ were this cap and the station says `saturated: true`. The
 * backlog and error share of an overloaded station are the caller's to model.
 */
export const SATURATION_UTILIZATION_CAP = 0.99;

/** Quantiles at or above this are evaluated here (q = 1 would be an infinite time). */
const MAX_QUANTILE = 1 - 1e-9;

export type MmcInput = {
  servers: number;
  serviceTimeMs: number;
  arrivalRps: number;
  /** Squared coefficients of variation of inter-arrival and service times (1 = exponential). */
  scv?: { arrival: number; service: number };
};

export type MmcStation = {
  /** Servers used in the formulas (at least 1; see mmcStation for fractional input). */
  servers: number;
  /** Offered utilisation λ / (c·μ); may exceed 1 (then `saturated`). */
  utilization: number;
  saturated: boolean;
  /** Erlang C at the evaluated utilisation: the share of requests that queue. */
  waitProbability: number;
  meanWaitMs: number;
  meanSojournMs: number;
  /** P(T > t) for the time in the station, t in ms. */
  sojournTail(tMs: number): number;
  /** The q-quantile of the time in the station, in ms. */
  sojournQuantileMs(q: number): number;
};

function finiteNonNegative(x: number): number {
  if (Number.isNaN(x) || x <= 0) return 0;
  return Number.isFinite(x) ? x : Number.MAX_VALUE;
}

/**
 * P(X + Y > t) for independent exponentials of rates r1 and r2 (the waiting part and the
 * service part of a queued request). Textbook form (r1·e^{−r2 t} − r2·e^{−r1 t})/(r1 − r2)
 * cancels catastrophically when r1 ≈ r2; rewritten with a = min, b = max and expm1 as
 * e^{−a t}·(1 + a·t·(1 − e^{−(b−a)t})/((b−a)t)), which is exact, stable, and tends to the
 * Erlang-2 tail e^{−a t}(1 + a t) as b → a.
 */
function hypoexponentialTail(r1: number, r2: number, t: number): number {
  const a = Math.min(r1, r2);
  const b = Math.max(r1, r2);
  const x = (b - a) * t;
  const ratio = x > 0 ? -Math.expm1(-x) / x : 1;
  return Math.min(1, Math.exp(-a * t) * (1 + a * t * ratio));
}

/** Density of Exp(r1) + Exp(r2): a·b·t·e^{−a t}·(1 − e^{−(b−a)t})/((b−a)t), stable as above. */
function hypoexponentialDensity(r1: number, r2: number, t: number): number {
  const a = Math.min(r1, r2);
  const b = Math.max(r1, r2);
  const x = (b - a) * t;
  const ratio = x > 0 ? -Math.expm1(-x) / x : 1;
  return a * b * t * Math.exp(-a * t) * ratio;
}

/** The numbers of an M/M/c station without its tail functions (no closures: stations are built for every moment). */
export type MmcScalars = {
  servers: number;
  utilization: number;
  saturated: boolean;
  waitProbability: number;
  meanWaitMs: number;
  effectiveServiceMs: number;
  mu: number;
  waitRate: number;
};

export function mmcScalars(input: MmcInput): MmcScalars {
  const rawServers = finiteNonNegative(input.servers);
  const serviceTimeMs = finiteNonNegative(input.serviceTimeMs);
  const lambda = finiteNonNegative(input.arrivalRps) / 1000;
  const servers = rawServers >= 1 ? rawServers : 1;
  // A fractional single server keeps the capacity c·μ by stretching the service time.
  const effectiveServiceMs = rawServers > 0 && rawServers < 1 ? serviceTimeMs / rawServers : serviceTimeMs;

  if (effectiveServiceMs === 0) {
    return { servers, utilization: 0, saturated: false, waitProbability: 0, meanWaitMs: 0, effectiveServiceMs: 0, mu: Infinity, waitRate: Infinity };
  }

  const mu = 1 / effectiveServiceMs;
  const capacity = servers * mu;
  const offered = lambda / capacity;
  const utilization = Number.isFinite(offered) ? offered : Number.MAX_VALUE;
  const saturated = utilization >= 1;
  const evaluated = Math.min(utilization, SATURATION_UTILIZATION_CAP);
  const lambdaEval = evaluated * capacity;

  const arrivalScv = finiteNonNegative(input.scv?.arrival ?? 1);
  const serviceScv = finiteNonNegative(input.scv?.service ?? 1);
  const kingman = Math.min((arrivalScv + serviceScv) / 2, 1e6);

  const c = kingman === 0 ? 0 : erlangC(servers, lambdaEval / mu);
  const theta = capacity - lambdaEval; // > 0 thanks to the cap
  const waitRate = kingman === 0 ? Number.MAX_VALUE : theta / kingman;
  const meanWaitMs = kingman === 0 ? 0 : (c * kingman) / theta;
  return { servers, utilization, saturated, waitProbability: c, meanWaitMs, effectiveServiceMs, mu, waitRate };
}

/**
 * Build an M/M/c station. μ = 1/serviceTimeMs, λ = arrivalRps/1000 (per ms), θ = cμ − λ.
 * Sojourn tail (SIMULATOR.md): P(T > t) = (1 − C)e^{−μt} + C·P(Exp(θ) + Exp(μ) > t), which
 * is the stated (1 − C)e^{−μt} + C(θe^{−μt} − μe^{−θt})/(θ − μ). Non-exponential traffic: the
 * wait is scaled by Kingman's k = (c_a² + c_s²)/2 (the waiting time of a queued request
 * becomes Exp(θ/k)); k = 0 means no waiting at all.
 * Edge cases: servers < 1 is one server with proportionally slower service (same capacity
 * c·μ); servers ≤ 0 or NaN counts as 1; serviceTimeMs ≤ 0 is an instantaneous station.
 */
export function mmcStation(input: MmcInput): MmcStation {
  const { servers, utilization, saturated, waitProbability: c, meanWaitMs, effectiveServiceMs, mu, waitRate } = mmcScalars(input);

  if (effectiveServiceMs === 0) {
    return {
      servers,
      utilization: 0,
      saturated: false,
      waitProbability: 0,
      meanWaitMs: 0,
      meanSojournMs: 0,
      sojournTail: (tMs) => (tMs < 0 ? 1 : 0),
      sojournQuantileMs: () => 0,
    };
  }

  const sojournTail = (tMs: number): number => {
    if (!(tMs > 0)) return 1;
    const serviceOnly = Math.exp(-mu * tMs);
    if (c === 0) return serviceOnly;
    return Math.min(1, Math.max(0, (1 - c) * serviceOnly + c * hypoexponentialTail(waitRate, mu, tMs)));
  };

  const sojournDensity = (tMs: number): number => {
    if (!(tMs > 0)) return c === 0 ? mu : (1 - c) * mu;
    const serviceOnly = mu * Math.exp(-mu * tMs);
    if (c === 0) return serviceOnly;
    return (1 - c) * serviceOnly + c * hypoexponentialDensity(waitRate, mu, tMs);
  };

  const sojournQuantileMs = (q: number): number => {
    if (!(q > 0)) return 0;
    const target = 1 - Math.min(q, MAX_QUANTILE);
    if (sojournTail(0) <= target) return 0;
    // The tail is at most the Erlang-2 tail at the slower of the two rates: double from its
    // mean until the bracket holds. Then Newton on ln P(T > t) (nearly linear in t, so it
    // converges in a handful of steps), falling back to bisection whenever a step would leave
    // the bracket; stop at a relative width of 1e-9.
    const slow = Math.min(waitRate, mu);
    let lo = 0;
    let hi = 2 / slow;
    while (sojournTail(hi) > target && hi < Number.MAX_VALUE / 4) {
      lo = hi;
      hi *= 2;
    }
    const logTarget = Math.log(target);
    let t = 0.5 * (lo + hi);
    for (let i = 0; i < 100; i++) {
      const tail = sojournTail(t);
      if (tail > target) lo = t;
      else hi = t;
      if (hi - lo <= 1e-9 * hi) break;
      const density = sojournDensity(t);
      let next = tail > 0 && density > 0 ? t + (Math.log(tail) - logTarget) * (tail / density) : NaN;
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (Math.abs(next - t) <= 1e-9 * t) return next;
      t = next;
    }
    return 0.5 * (lo + hi);
  };

  return {
    servers,
    utilization,
    saturated,
    waitProbability: c,
    meanWaitMs,
    meanSojournMs: meanWaitMs + effectiveServiceMs,
    sojournTail,
    sojournQuantileMs,
  };
}
