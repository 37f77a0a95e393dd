/**
 * End-to-end latency laws, exact and deterministic (SIMULATOR.md verdict rule 9).
 *
 * The law of a request class is computed over the routing plan's DAG by dynamic programming:
 * each plan node's "time to complete from here" law is built once (memoised by its position in
 * the compiled DAG, where the router's shared sub-plans appear once), from its own hop and
 * sojourn law and the laws of what it calls: a sequence convolves, a mix or split mixes, a
 * queue's hand-off adds nothing, a fallback uses its main path unless that path refuses
 * everything. The cost is therefore
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
import { atoms, convolve, gridFor, mixture, inLawPool, LawPool, pointMass, quantiles, scaleInPlace, shiftedCopy, stationLaw, withLawArena, type LatticeGrid, type Law } from "./math/lattice-law.ts";
import type { ModelNode } from "./graph.ts";
import { compiled, scratch } from "./plan-walk.ts";
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
  /** Station and visit laws kept across the moments of one evaluation (see LawCache). */
  cache?: LawCache;
};

type StationEntry = { serviceMs: number; waitProbability: number; conditionalWaitMs: number; law: Law };
type VisitEntry = { fixedMs: number; finite: number; refused: number; saturatedShare: number; law: Law };
/** A combining plan node's law (sequence, mix, split, …) from these laws of its children, for this user region ("" when it does not depend on one). */
type CombinedEntry = { region: string; kids: Law[]; law: Law };
type GridLaws = { stations: Map<ModelNode, StationEntry[]>; visits: Map<Law, VisitEntry[]>; combined: Map<Plan, CombinedEntry[]> };

/**
 * Laws that do not depend on the moment, only on their inputs: a station's sojourn law on a
 * lattice (service time, Erlang C, conditional wait) and a visit's law (that station law,
 * shifted, with its refused and saturated shares). Scenario moments often share a lattice
 * (their tail bound is set by the same slowest path) and most stations (a detection moment
 * has the healthy loads; a hot key changes one unit), so such laws are computed once per
 * evaluation. Exact: an entry is reused only for identical numbers. Kept in the cache's own
 * pool, not in the law arena (which the next moment reuses).
 *
 * Laws of the combining plan nodes are kept too, by the laws they were combined from: a plan
 * node whose children's laws are the very same objects as in an earlier moment (same grid, and
 * same user region where that matters) has the same law, and about 45 % of a scenario's plan
 * nodes are in that case (a failure changes the laws above the failed node only). Plans are
 * shared between moments of one world (and between a world and its reweighted copies), so
 * the plan node itself is the key.
 */
export class LawCache {
  private grids = new Map<string, GridLaws>();
  /** The kept laws' numbers (kept as long as the cache: release() when its evaluation is over). */
  private pool = new LawPool();

  private last: { g: LatticeGrid; laws: GridLaws } | null = null;

  /** The evaluation is over: its laws' memory goes to the next evaluation's cache. */
  release(): void {
    this.grids.clear();
    this.last = null;
    this.pool.release();
  }

  /** The law kept for `plan` combined from exactly these children's laws, if any. */
  combined(g: LatticeGrid, plan: Plan, region: string, kids: readonly Law[]): Law | undefined {
    const list = this.forGrid(g).combined.get(plan);
    if (!list) return undefined;
    for (let e = 0; e < list.length; e++) {
      const entry = list[e];
      if (entry.region !== region || entry.kids.length !== kids.length) continue;
      let same = true;
      for (let j = 0; j < kids.length && same; j++) same = entry.kids[j] === kids[j];
      if (same) return entry.law;
    }
    return undefined;
  }

  /** Combines `kids` into `plan`'s law with the laws taken from this cache's pool, and keeps it. */
  combine(g: LatticeGrid, plan: Plan, region: string, kids: Law[], make: () => Law): Law {
    const { combined } = this.forGrid(g);
    const law = inLawPool(this.pool, make);
    const list = combined.get(plan);
    if (list) list.push({ region, kids, law });
    else combined.set(plan, [{ region, kids, law }]);
    return law;
  }

  private forGrid(g: LatticeGrid) {
    // One moment asks with the same grid object many times: skip building its key again.
    if (this.last && this.last.g === g) return this.last.laws;
    const key = `${g.n}:${g.dt}`;
    let laws = this.grids.get(key);
    if (!laws) {
      laws = { stations: new Map(), visits: new Map(), combined: new Map() };
      this.grids.set(key, laws);
    }
    this.last = { g, laws };
    return laws;
  }

  station(g: LatticeGrid, node: ModelNode, serviceMs: number, waitProbability: number, conditionalWaitMs: number): Law {
    const { stations } = this.forGrid(g);
    const list = stations.get(node) ?? [];
    stations.set(node, list);
    const known = list.find((e) => e.serviceMs === serviceMs && e.waitProbability === waitProbability && e.conditionalWaitMs === conditionalWaitMs);
    if (known) return known.law;
    const law = inLawPool(this.pool, () => stationLaw(g, serviceMs, waitProbability, conditionalWaitMs));
    list.push({ serviceMs, waitProbability, conditionalWaitMs, law });
    return law;
  }

  visit(g: LatticeGrid, sojourn: Law, fixedMs: number, refused: number, saturatedShare: number): Law {
    const { visits } = this.forGrid(g);
    const list = visits.get(sojourn) ?? [];
    visits.set(sojourn, list);
    const finite = (1 - refused) * (1 - saturatedShare);
    const known = list.find((e) => e.fixedMs === fixedMs && e.finite === finite && e.refused === refused && e.saturatedShare === saturatedShare);
    if (known) return known.law;
    const law = inLawPool(this.pool, () => visitLaw(g, sojourn, fixedMs, refused, saturatedShare));
    list.push({ fixedMs, finite, refused, saturatedShare, law });
    return law;
  }
}

/** A visit's law: its station's sojourn law after the fixed time, minus what is refused or saturated. */
function visitLaw(g: LatticeGrid, sojourn: Law, fixedMs: number, refused: number, saturatedShare: number): Law {
  const finite = (1 - refused) * (1 - saturatedShare);
  const law = shiftedCopy(g, sojourn, fixedMs, finite);
  if (finite < 1) {
    law.fail = refused;
    law.inf = (1 - refused) * saturatedShare;
  }
  return law;
}

/** Lattice points for the reported class percentiles and for scenario moments. */
export const LATTICE_POINTS = { report: 2048, scenario: 256 } as const;
/** A law's tail beyond its bound is below this (per hop, by the union bound). */
const TAIL = 1e-6;
const TAIL_FACTOR = -Math.log(TAIL);

/**
 * A plan DAG as arrays (plan-walk's compiled order, parents first), with what the laws need of
 * each plan node precomputed once per plan (plans are immutable and shared between moments):
 * the region of its first visit (to geo-route a split by user region) and whether its law
 * depends on the user's region at all (plain and geo-routed). Lookups by position instead of
 * by object keep the per-moment DP to arithmetic.
 */
type Program = {
  order: Plan[];
  kids: number[][];
  first: (string | null | undefined)[];
  dependence: { geo: Uint8Array | null; plain: Uint8Array | null };
};

const programs = new WeakMap<Plan, Program>();

function program(root: Plan): Program {
  const known = programs.get(root);
  if (known) return known;
  const { order, kids } = compiled(root, false);
  const first: (string | null | undefined)[] = new Array(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    if (p.t === "visit") first[i] = p.node.region;
    else if (p.t === "seq") first[i] = p.steps.length > 0 ? first[kids[i][0]] : undefined;
    else if (p.t === "fallback") first[i] = first[kids[i][0]];
    else first[i] = undefined;
  }
  const prog: Program = { order, kids, first, dependence: { geo: null, plain: null } };
  programs.set(root, prog);
  return prog;
}

/**
 * Plan nodes whose law depends on the user's region (1): a visit entered from the client, or a
 * geo split (and whatever contains one).
 */
function regionDependence(prog: Program, geoRouting: boolean): Uint8Array {
  const known = geoRouting ? prog.dependence.geo : prog.dependence.plain;
  if (known) return known;
  const { order, kids, first } = prog;
  const dep = new Uint8Array(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const k = kids[i];
    let d = false;
    switch (p.t) {
      case "visit":
        d = p.from === null && p.node.region !== null;
        break;
      case "seq":
      case "mix":
      case "fallback":
        for (let j = 0; j < k.length && !d; j++) d = dep[k[j]] === 1;
        break;
      case "split":
        for (let j = 0; j < k.length && !d; j++) d = dep[k[j]] === 1;
        for (let j = 0; j < k.length && !d && geoRouting; j++) d = first[k[j]] != null;
        break;
      case "async":
      case "fail":
        d = false;
    }
    dep[i] = d ? 1 : 0;
  }
  if (geoRouting) prog.dependence.geo = dep;
  else prog.dependence.plain = dep;
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
  const { order, kids } = program(plan);
  const farFromSomeUser = (node: ModelNode) => node.region !== null && ctx.userRegions.some((r) => r !== node.region);
  // Children before parents (the reverse of the compiled order).
  const bound = scratch(BOUND, order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const k = kids[i];
    let b = 0;
    switch (p.t) {
      case "visit": {
        const s = sojournOf(ctx, p);
        if (s.saturatedShare >= 1 || ctx.refusedShare(p.node) >= 1) break;
        const clientHop = p.from === null && farFromSomeUser(p.node) ? MODEL_CONSTANTS.interRegionRttMs : 0;
        b = p.hopMs + p.extraMs + clientHop + TAIL_FACTOR * s.serviceMs + (s.waitProbability > 0 ? TAIL_FACTOR * s.conditionalWaitMs : 0);
        break;
      }
      case "seq":
        for (let j = 0; j < k.length; j++) b = b + bound[k[j]];
        break;
      case "mix":
      case "split":
      case "fallback":
        for (let j = 0; j < k.length; j++) b = Math.max(b, bound[k[j]]);
        break;
      case "async":
      case "fail":
        b = 0;
    }
    bound[i] = b;
  }
  return bound[0];
}

const BOUND = { a: new Float64Array(0) };

/** One plan's laws in a builder: the program, and laws by position (per region only where they depend on it). */
type RootLaws = { prog: Program; dep: Uint8Array; shared: (Law | undefined)[]; perRegion: Map<string, (Law | undefined)[]> };

/** The law of each plan for one user region; memoised per plan node (and per region only where it matters). */
class LawBuilder {
  private roots = new Map<Plan, RootLaws>();
  private stationLaws = new Map<ModelNode, { serviceMs: number; law: Law }[]>();
  private visitLaws = new Map<ModelNode, { serviceMs: number; fixedMs: number; law: Law }[]>();

  constructor(
    private readonly g: LatticeGrid,
    private readonly ctx: LawContext,
  ) {}

  law(root: Plan, region: string): Law {
    let r = this.roots.get(root);
    if (!r) {
      const prog = program(root);
      r = { prog, dep: regionDependence(prog, this.ctx.geoRouting), shared: new Array(prog.order.length), perRegion: new Map() };
      this.roots.set(root, r);
    }
    return this.at(r, 0, region);
  }

  private at(r: RootLaws, i: number, region: string): Law {
    let memo = r.shared;
    if (r.dep[i] === 1) {
      memo = r.perRegion.get(region) ?? new Array(r.prog.order.length);
      r.perRegion.set(region, memo);
    }
    const known = memo[i];
    if (known) return known;
    const built = this.build(r, i, region);
    memo[i] = built;
    return built;
  }

  private build(r: RootLaws, i: number, region: string): Law {
    const g = this.g;
    const plan = r.prog.order[i];
    const k = r.prog.kids[i];
    if (plan.t === "visit") return this.visit(plan, region);
    if (plan.t === "fallback") {
      const main = this.at(r, k[0], region);
      return main.fail >= 1 - 1e-12 ? this.at(r, k[1], region) : main;
    }
    // The children's laws (a split's in the user's region only), then their combination: kept
    // across moments by the cache when there is one (see LawCache.combined).
    let laws: Law[];
    let weights: number[] | null = null;
    if (plan.t === "split") {
      // Geo-routing: a user goes to the options in their own region when there are some.
      let local = 0;
      if (this.ctx.geoRouting) for (let j = 0; j < k.length; j++) if (r.prog.first[k[j]] === region) local++;
      const onlyLocal = local > 0 && local < k.length;
      laws = [];
      weights = [];
      for (let j = 0; j < k.length; j++) {
        if (onlyLocal && r.prog.first[k[j]] !== region) continue;
        weights.push(plan.options[j].p);
        laws.push(this.at(r, k[j], region));
      }
    } else {
      laws = new Array(k.length);
      for (let j = 0; j < k.length; j++) laws[j] = this.at(r, k[j], region);
      if (plan.t === "mix") weights = plan.options.map((o) => o.p);
    }
    const cache = this.ctx.cache;
    if (!cache) return combineLaws(g, plan, laws, weights);
    const key = r.dep[i] === 1 ? region : "";
    return cache.combined(g, plan, key, laws) ?? cache.combine(g, plan, key, laws, () => combineLaws(g, plan, laws, weights));
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
    const cache = this.ctx.cache;
    let sojourn = stations.find((x) => x.serviceMs === plan.serviceMs)?.law;
    if (!sojourn) {
      sojourn = cache ? cache.station(g, plan.node, s.serviceMs, s.waitProbability, s.conditionalWaitMs) : stationLaw(g, s.serviceMs, s.waitProbability, s.conditionalWaitMs);
      stations.push({ serviceMs: plan.serviceMs, law: sojourn });
    }
    const law = cache ? cache.visit(g, sojourn, fixedMs, refused, s.saturatedShare) : visitLaw(g, sojourn, fixedMs, refused, s.saturatedShare);
    visits.push({ serviceMs: plan.serviceMs, fixedMs, law });
    return law;
  }
}

/**
 * The law of a combining plan node from its children's laws (`weights`: a mix's or split's
 * option weights, for the options in `laws`).
 */
function combineLaws(g: LatticeGrid, plan: Plan, laws: Law[], weights: number[] | null): Law {
  switch (plan.t) {
    case "seq":
      return convolve(g, laws);
    case "mix":
    case "split":
      return mixture(g, laws.map((law, j) => ({ p: weights![j], law })));
    case "async": {
      // The user waits only for the hand-off; work that can never be done is still refused.
      const inner = laws[0];
      const law = pointMass(g);
      if (inner.fail > 0) {
        scaleInPlace(g, law, 1 - inner.fail);
        law.fail = inner.fail;
      }
      return law;
    }
    case "fail":
      return atoms(g, 0, 1);
    default:
      throw new Error(`a ${plan.t} plan node is not combined from its children`);
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
