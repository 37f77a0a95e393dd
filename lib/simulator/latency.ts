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

const firstRegionMemo = new WeakMap<Plan, string | null | undefined>();

function firstRegion(plan: Plan): string | null | undefined {
  if (firstRegionMemo.has(plan)) return firstRegionMemo.get(plan);
  const r = findFirstRegion(plan);
  firstRegionMemo.set(plan, r);
  return r;
}

function findFirstRegion(plan: Plan): string | null | undefined {
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

type Sampler = (userRegion: string) => number;

/**
 * Compiles a plan into a sampling closure for one set of stations: one request through the
 * plan per call. Each visit adds the network hop, a sampled M/M/c sojourn (wait with
 * probability C, exponential with the conditional mean; exponential service) and fixed extra
 * time; mixes and splits choose one branch (splits prefer the user's region under geo-routing);
 * work behind a queue adds nothing; a Fail plan gives NaN. Compiling once keeps the map lookups
 * and the branching on plan kinds out of the per-sample loop.
 */
function compile(plan: Plan, ctx: SampleContext): Sampler {
  const rng = ctx.rng;
  switch (plan.t) {
    case "visit": {
      const st = ctx.stations.get(plan.node.id);
      const fixed = plan.hopMs + plan.extraMs;
      const region = plan.node.region;
      const fromClient = plan.from === null && region !== null;
      const waitP = st ? st.waitProbability : 0;
      const waitMs = st ? st.conditionalWaitMs : 0;
      const serviceMs = plan.serviceMs;
      const rtt = MODEL_CONSTANTS.interRegionRttMs;
      return (userRegion) => {
        let t = fixed;
        if (fromClient && region !== userRegion) t += rtt;
        if (waitP > 0 && rng() < waitP) t -= waitMs * Math.log(1 - rng());
        if (serviceMs > 0) t -= serviceMs * Math.log(1 - rng());
        return t;
      };
    }
    case "seq": {
      const steps = plan.steps.map((p) => compile(p, ctx));
      if (steps.length === 0) return () => 0;
      if (steps.length === 1) return steps[0];
      return (u) => {
        let t = 0;
        for (let i = 0; i < steps.length; i++) t += steps[i](u);
        return t;
      };
    }
    case "mix":
    case "split": {
      const options = plan.options.map((o) => ({ p: o.p, run: compile(o.plan, ctx), region: firstRegion(o.plan) }));
      const chooser = (list: typeof options) => {
        const total = list.reduce((s, o) => s + o.p, 0);
        const cumulative = new Float64Array(list.length);
        let acc = 0;
        list.forEach((o, i) => (cumulative[i] = acc += o.p / total));
        return (u: string) => {
          const x = rng();
          for (let i = 0; i < list.length - 1; i++) if (x < cumulative[i]) return list[i].run(u);
          return list[list.length - 1].run(u);
        };
      };
      const all = chooser(options);
      if (plan.t === "mix" || !ctx.geoRouting) return all;
      const byRegion = new Map<string, Sampler>();
      for (const r of ctx.userRegions) {
        const local = options.filter((o) => o.region === r);
        if (local.length > 0 && local.length < options.length) byRegion.set(r, chooser(local));
      }
      return (u) => (byRegion.get(u) ?? all)(u);
    }
    case "fallback":
      return compile(plan.main, ctx);
    case "async":
      return () => 0;
    case "fail":
      return () => Number.NaN;
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
  const run = compile(plan, ctx);
  for (let i = 0; i < samples; i++) {
    const region = regions.length === 1 ? regions[0] : regions[Math.floor(ctx.rng() * regions.length)];
    const t = run(region);
    if (Number.isFinite(t)) out[n++] = t;
  }
  const done = out.subarray(0, n).sort();
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50Ms: round(quantile(done, 0.5)), p95Ms: round(quantile(done, 0.95)), p99Ms: round(quantile(done, 0.99)) };
}
