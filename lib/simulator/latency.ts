/**
 * End-to-end latency laws, exact and deterministic (SIMULATOR.md verdict rule 9).
 *
 * The law of a request class is computed over the routing plan's DAG by dynamic programming:
 * each plan node's "time to complete from here" law is built once (memoised by the plan object,
 * which the router shares between every caller), from its own hop and sojourn law and the laws
 * of what it calls: a sequence convolves, a mix or split mixes, a queue's hand-off adds nothing,
 * a fallback uses its main path unless that path refuses everything. The cost is therefore
 * O(plan nodes × lattice size) per class and state, never the number of paths (a 40-layer
 * ladder of load balancers has 2^40 paths and about 160 plan nodes).
 *
 * Per hop: the network round trip (plus the intercontinental one when a user's request enters a
 * region other than theirs), a fixed extra time (a sync replica's acknowledgement), and the
 * station's exact M/M/c sojourn law. A saturated station (ρ ≥ 1, or the unit holding the hot
 * key) has no steady state: its requests go to the `inf` atom, so a class whose saturated share
 * is above 1 % has no finite p99 (null, shown as "saturated"). Failed or failing nodes refuse
 * their share (the `fail` atom): those requests get errors and are left out of percentiles.
 */
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { Station } from "./load.ts";
import { atoms, convolve, gridFor, mixture, pointMass, quantiles, scaleInPlace, shiftedCopy, stationLaw, withLawArena, type LatticeGrid, type Law } from "./math/lattice-law.ts";
import type { ModelNode } from "./graph.ts";
import type { Plan } from "./routing.ts";

/** Percentiles in ms; null when the quantile is in the saturated share (no finite value). */
export type Percentiles = { p50Ms: number | null; p95Ms: number | null; p99Ms: number | null };

export type LawContext = {
  stations: ReadonlyMap<string, Station>;
  userRegions: readonly string[];
  /** DNS geo-routing: a user is sent to an entry in their own region when there is one. */
  geoRouting: boolean;
  /** Share of a node's requests refused because the node (or some of its instances) failed unnoticed. */
  refusedShare: (node: ModelNode) => number;
};

/** Lattice points for the reported class percentiles and for scenario moments. */
export const LATTICE_POINTS = { report: 2048, scenario: 256 } as const;
/** A law's tail beyond its bound is below this (per hop, by the union bound). */
const TAIL = 1e-6;
const TAIL_FACTOR = -Math.log(TAIL);

const firstRegionMemo = new WeakMap<Plan, string | null | undefined>();

/** The region a plan's first visit is in (for geo-routing a split's options by user region). */
function firstRegion(plan: Plan): string | null | undefined {
  if (firstRegionMemo.has(plan)) return firstRegionMemo.get(plan);
  let r: string | null | undefined;
  switch (plan.t) {
    case "visit":
      r = plan.node.region;
      break;
    case "seq":
      r = plan.steps.length > 0 ? firstRegion(plan.steps[0]) : undefined;
      break;
    case "fallback":
      r = firstRegion(plan.main);
      break;
    default:
      r = undefined;
  }
  firstRegionMemo.set(plan, r);
  return r;
}

const dependenceMemo = { geo: new WeakMap<Plan, boolean>(), plain: new WeakMap<Plan, boolean>() };

/**
 * Plans whose law depends on the user's region: a visit entered from the client, or a geo split.
 * A property of the plan alone (plans are immutable and shared between moments), so memoised.
 */
function regionDependence(ctx: LawContext): (plan: Plan) => boolean {
  const memo = ctx.geoRouting ? dependenceMemo.geo : dependenceMemo.plain;
  const dep = (plan: Plan): boolean => {
    const known = memo.get(plan);
    if (known !== undefined) return known;
    let d = false;
    switch (plan.t) {
      case "visit":
        d = plan.from === null && plan.node.region !== null;
        break;
      case "seq":
        d = plan.steps.some(dep);
        break;
      case "mix":
        d = plan.options.some((o) => dep(o.plan));
        break;
      case "split":
        d = plan.options.some((o) => dep(o.plan)) || (ctx.geoRouting && plan.options.some((o) => firstRegion(o.plan) != null));
        break;
      case "fallback":
        d = dep(plan.main) || dep(plan.backup);
        break;
      case "async":
      case "fail":
        d = false;
    }
    memo.set(plan, d);
    return d;
  };
  return dep;
}

type Sojourn = { saturatedShare: number; serviceMs: number; waitProbability: number; conditionalWaitMs: number };

function sojournOf(ctx: LawContext, plan: Extract<Plan, { t: "visit" }>): Sojourn {
  const st = ctx.stations.get(plan.node.id);
  if (!st) return { saturatedShare: 0, serviceMs: plan.serviceMs, waitProbability: 0, conditionalWaitMs: 0 };
  const saturatedShare = st.utilization >= 1 ? 1 : st.hotUnitUtilization >= 1 ? st.hotUnitShare : 0;
  return { saturatedShare, serviceMs: plan.serviceMs, waitProbability: st.waitProbability, conditionalWaitMs: st.conditionalWaitMs };
}

/**
 * Upper bound of a plan's time (each hop's 1 − 1e−6 quantile, summed along sequences, the max
 * over alternatives): the lattice must reach past it so no mass wraps around. A hop whose
 * requests all end in an atom (a saturated station, a failed node) puts nothing on the lattice,
 * so it adds nothing here — else one overloaded branch would coarsen the lattice for the rest.
 */
export function tailBound(plan: Plan, ctx: LawContext): number {
  const memo = new Map<Plan, number>();
  const farFromSomeUser = (node: ModelNode) => node.region !== null && ctx.userRegions.some((r) => r !== node.region);
  const bound = (p: Plan): number => {
    const known = memo.get(p);
    if (known !== undefined) return known;
    let b = 0;
    switch (p.t) {
      case "visit": {
        const s = sojournOf(ctx, p);
        if (s.saturatedShare >= 1 || ctx.refusedShare(p.node) >= 1) {
          b = 0;
          break;
        }
        const clientHop = p.from === null && farFromSomeUser(p.node) ? MODEL_CONSTANTS.interRegionRttMs : 0;
        b = p.hopMs + p.extraMs + clientHop + TAIL_FACTOR * s.serviceMs + (s.waitProbability > 0 ? TAIL_FACTOR * s.conditionalWaitMs : 0);
        break;
      }
      case "seq":
        b = p.steps.reduce((sum, s) => sum + bound(s), 0);
        break;
      case "mix":
      case "split":
        b = p.options.reduce((m, o) => Math.max(m, bound(o.plan)), 0);
        break;
      case "fallback":
        b = Math.max(bound(p.main), bound(p.backup));
        break;
      case "async":
      case "fail":
        b = 0;
    }
    memo.set(p, b);
    return b;
  };
  return bound(plan);
}

/** The law of each plan for one user region; memoised per plan (and per region only where it matters). */
class LawBuilder {
  private shared = new Map<Plan, Law>();
  private perRegion = new Map<string, Map<Plan, Law>>();
  private stationLaws = new Map<ModelNode, { serviceMs: number; law: Law }[]>();
  private visitLaws = new Map<ModelNode, { serviceMs: number; fixedMs: number; law: Law }[]>();
  private readonly dependsOnRegion: (plan: Plan) => boolean;

  constructor(
    private readonly g: LatticeGrid,
    private readonly ctx: LawContext,
  ) {
    this.dependsOnRegion = regionDependence(ctx);
  }

  law(plan: Plan, region: string): Law {
    const dep = this.dependsOnRegion(plan);
    let memo = this.shared;
    if (dep) {
      memo = this.perRegion.get(region) ?? new Map();
      this.perRegion.set(region, memo);
    }
    const known = memo.get(plan);
    if (known) return known;
    const built = this.build(plan, region);
    memo.set(plan, built);
    return built;
  }

  private build(plan: Plan, region: string): Law {
    const g = this.g;
    switch (plan.t) {
      case "visit":
        return this.visit(plan, region);
      case "seq":
        return convolve(g, plan.steps.map((s) => this.law(s, region)));
      case "mix":
        return mixture(g, plan.options.map((o) => ({ p: o.p, law: this.law(o.plan, region) })));
      case "split": {
        let options = plan.options;
        if (this.ctx.geoRouting) {
          const local = options.filter((o) => firstRegion(o.plan) === region);
          if (local.length > 0 && local.length < options.length) options = local;
        }
        return mixture(g, options.map((o) => ({ p: o.p, law: this.law(o.plan, region) })));
      }
      case "fallback": {
        const main = this.law(plan.main, region);
        return main.fail >= 1 - 1e-12 ? this.law(plan.backup, region) : main;
      }
      case "async": {
        // The user waits only for the hand-off; work that can never be done is still refused.
        const inner = this.law(plan.plan, region);
        const law = pointMass(g);
        if (inner.fail > 0) {
          scaleInPlace(g, law, 1 - inner.fail);
          law.fail = inner.fail;
        }
        return law;
      }
      case "fail":
        return atoms(g, 0, 1);
    }
  }

  private visit(plan: Extract<Plan, { t: "visit" }>, region: string): Law {
    const g = this.g;
    const clientHop = plan.from === null && plan.node.region !== null && plan.node.region !== region ? MODEL_CONSTANTS.interRegionRttMs : 0;
    const fixedMs = plan.hopMs + plan.extraMs + clientHop;
    // Laws are never mutated once built, so visits with the same node, work and delay share one.
    const visits = this.visitLaws.get(plan.node) ?? [];
    this.visitLaws.set(plan.node, visits);
    const known = visits.find((v) => v.serviceMs === plan.serviceMs && v.fixedMs === fixedMs);
    if (known) return known.law;
    const s = sojournOf(this.ctx, plan);
    const refused = Math.min(1, Math.max(0, this.ctx.refusedShare(plan.node)));
    const stations = this.stationLaws.get(plan.node) ?? [];
    this.stationLaws.set(plan.node, stations);
    let sojourn = stations.find((x) => x.serviceMs === plan.serviceMs)?.law;
    if (!sojourn) {
      sojourn = stationLaw(g, s.serviceMs, s.waitProbability, s.conditionalWaitMs);
      stations.push({ serviceMs: plan.serviceMs, law: sojourn });
    }
    const finite = (1 - refused) * (1 - s.saturatedShare);
    const law = shiftedCopy(g, sojourn, fixedMs, finite);
    visits.push({ serviceMs: plan.serviceMs, fixedMs, law });
    if (finite < 1) {
      law.fail = refused;
      law.inf = (1 - refused) * s.saturatedShare;
    }
    return law;
  }
}

/** The law of a class's requests, averaged over the user regions (uniformly, as users are spread). */
export function planLaw(plan: Plan, ctx: LawContext, g: LatticeGrid, builder = new LawBuilder(g, ctx)): Law {
  const regions = ctx.userRegions.length > 0 ? ctx.userRegions : [""];
  return mixture(g, regions.map((r) => ({ p: 1, law: builder.law(plan, r) })));
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** p50 / p95 / p99 of one class's plan on its own lattice. */
export function classPercentiles(plan: Plan, ctx: LawContext, points: number = LATTICE_POINTS.report): Percentiles {
  const g = gridFor(tailBound(plan, ctx), points);
  const [p50, p95, p99] = withLawArena(() => quantiles(g, planLaw(plan, ctx, g), [0.5, 0.95, 0.99]));
  return { p50Ms: round1(p50), p95Ms: round1(p95), p99Ms: round1(p99) };
}

/** The q-quantile over several classes mixed by rate (one shared lattice): a scenario moment's p99. */
export function mixedQuantile(classes: readonly { plan: Plan; rate: number }[], ctx: LawContext, q: number, points: number = LATTICE_POINTS.scenario): number | null {
  const live = classes.filter((c) => c.rate > 0);
  if (live.length === 0) return 0;
  const bound = Math.max(...live.map((c) => tailBound(c.plan, ctx)));
  const g = gridFor(bound, points);
  return withLawArena(() => {
    const builder = new LawBuilder(g, ctx);
    const law = mixture(g, live.map((c) => ({ p: c.rate, law: planLaw(c.plan, ctx, g, builder) })));
    return round1(quantiles(g, law, [q])[0]);
  });
}
