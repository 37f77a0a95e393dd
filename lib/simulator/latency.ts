import { MODEL_CONSTANTS } from "./catalog.ts";
import type { Station } from "./load.ts";
import type { Plan } from "./routing.ts";

export type Percentiles = { p50Ms: number; p95Ms: number; p99Ms: number };

export type SampleContext = {
  stations: ReadonlyMap<string, Station>;
  rng: () => number;
  userRegions: readonly string[];
  /** DNS geo-routing: a user is sent to an entry in their own region when there is one. */
  geoRouting: boolean;
};

function exp(rng: () => number, meanMs: number): number {
  if (meanMs <= 0) return 0;
  return -meanMs * Math.log(1 - rng());
}

function firstRegion(plan: Plan): string | null | undefined {
  switch (plan.t) {
    case "visit":
      return plan.node.region;
    case "seq":
      return plan.steps.length > 0 ? firstRegion(plan.steps[0]) : undefined;
    case "fallback":
      return firstRegion(plan.main);
    default:
      return undefined;
  }
}

function pick(options: { p: number; plan: Plan }[], u: number): Plan {
  let acc = 0;
  for (const o of options) {
    acc += o.p;
    if (u < acc) return o.plan;
  }
  return options[options.length - 1].plan;
}

/**
 * One request through a plan: each visit adds the network hop, a sampled M/M/c sojourn
 * (wait with probability C, exponential of the conditional mean; exponential service) and
 * fixed extra time; mixes and splits choose one branch; work behind a queue adds nothing.
 * Returns NaN when the request meets a Fail plan.
 */
function sampleOnce(plan: Plan, ctx: SampleContext, userRegion: string): number {
  switch (plan.t) {
    case "visit": {
      const st = ctx.stations.get(plan.node.id);
      let t = plan.hopMs + plan.extraMs;
      if (plan.from === null && plan.node.region !== null && plan.node.region !== userRegion) {
        t += MODEL_CONSTANTS.interRegionRttMs;
      }
      if (st) {
        if (st.waitProbability > 0 && ctx.rng() < st.waitProbability) t += exp(ctx.rng, st.conditionalWaitMs);
      }
      return t + exp(ctx.rng, plan.serviceMs);
    }
    case "seq": {
      let t = 0;
      for (const s of plan.steps) t += sampleOnce(s, ctx, userRegion);
      return t;
    }
    case "mix":
      return sampleOnce(pick(plan.options, ctx.rng()), ctx, userRegion);
    case "split": {
      if (ctx.geoRouting) {
        const local = plan.options.filter((o) => firstRegion(o.plan) === userRegion);
        if (local.length > 0 && local.length < plan.options.length) {
          const total = local.reduce((s, o) => s + o.p, 0);
          return sampleOnce(pick(local.map((o) => ({ p: o.p / total, plan: o.plan })), ctx.rng()), ctx, userRegion);
        }
      }
      return sampleOnce(pick(plan.options, ctx.rng()), ctx, userRegion);
    }
    case "fallback":
      return sampleOnce(plan.main, ctx, userRegion);
    case "async":
      return 0;
    case "fail":
      return Number.NaN;
  }
}

export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Seeded Monte Carlo over a class's plan; percentiles of the requests that complete. */
export function samplePercentiles(plan: Plan, ctx: SampleContext, samples: number): Percentiles {
  const out = new Float64Array(samples);
  let n = 0;
  const regions = ctx.userRegions.length > 0 ? ctx.userRegions : [""];
  for (let i = 0; i < samples; i++) {
    const region = regions.length === 1 ? regions[0] : regions[Math.floor(ctx.rng() * regions.length)];
    const t = sampleOnce(plan, ctx, region);
    if (Number.isFinite(t)) out[n++] = t;
  }
  const done = out.subarray(0, n).sort();
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50Ms: round(quantile(done, 0.5)), p95Ms: round(quantile(done, 0.95)), p99Ms: round(quantile(done, 0.99)) };
}
