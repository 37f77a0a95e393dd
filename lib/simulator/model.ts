import { MODEL_CONSTANTS } from "./catalog.ts";
import { estimate, type Estimates } from "./estimate.ts";
import { buildGraph, type ModelGraph, type ModelNode } from "./graph.ts";
import { classPercentiles, LawCache, mixedQuantile, type LawContext, type Percentiles } from "./latency.ts";
import { buildStations, computeLoads, liveUnits, type NodeLoad, type Station } from "./load.ts";
import { servedShare } from "./plan-walk.ts";
import { cheHitRatio, coldCacheHitRatio, zipfHottestShare } from "./math/che.ts";
import { resolveRequirements, type ResolvedRequirements } from "./requirements.ts";
import { routeAll, USER_CLASSES, withHitRatios, type Plan, type UserClass, type World } from "./routing.ts";
import type { DesignDocument } from "./schema.ts";
import { keepsData, slowWorkMsPerWrite } from "./triggers.ts";

/** Everything that does not change between scenarios: requirements, estimates, graph. */
export type ModelSetup = {
  req: ResolvedRequirements;
  defaulted: string[];
  estimates: Estimates;
  graph: ModelGraph;
  /** Peak rate per user class (rps). */
  peakRates: Record<UserClass, number>;
  averageRates: Record<UserClass, number>;
  dynamicKeys: number;
  itemBytes: number;
  zipfHottest: number;
  geoRouting: boolean;
  /** Routing results of this simulate() call by world and hit ratios (routing depends on nothing else). */
  routes: Map<string, { plans: Record<UserClass, Plan>; problems: string[] }>;
  /** Station and visit laws of this simulate() call's scenario moments, by their inputs. */
  laws: LawCache;
  /** Evaluations of this simulate() call by state (stateKey): scenarios, availability and the report share moments. */
  evaluations: Map<string, Evaluation>;
};

export function setupModel(doc: DesignDocument): ModelSetup {
  const { values: req, defaulted } = resolveRequirements(doc.requirements);
  const estimates = estimate(req);
  const graph = buildGraph(doc.design, req.userRegions);
  const writesPerDay = req.dailyActiveUsers * req.writesPerUserPerDay;
  const stored = writesPerDay * 365 * req.retentionYears;
  const dynamicKeys = Math.round(
    Math.min(MODEL_CONSTANTS.maxKeys, Math.max(MODEL_CONSTANTS.minKeys, stored > 0 ? stored : 1e6)),
  );
  return {
    req,
    defaulted,
    estimates,
    graph,
    peakRates: { dynamicRead: estimates.readQps.peak, write: estimates.writeQps.peak, staticRead: estimates.staticQps.peak },
    averageRates: { dynamicRead: estimates.readQps.average, write: estimates.writeQps.average, staticRead: estimates.staticQps.average },
    dynamicKeys,
    itemBytes: Math.max(100, req.bytesPerRead),
    zipfHottest: zipfHottestShare(dynamicKeys, MODEL_CONSTANTS.zipfS),
    geoRouting: graph.nodes.some((n) => n.kind === "dns" && n.node.geoRouting === true),
    routes: new Map(),
    laws: new LawCache(),
    evaluations: new Map(),
  };
}

/** The failure state at one moment of a scenario. */
export type State = {
  world: World;
  /** Instances lost and already taken out of rotation (capacity shrinks). */
  lost: ReadonlyMap<string, number>;
  /** Instances lost but still receiving traffic (that share of the node's requests fails). */
  undetectedLoss: ReadonlyMap<string, number>;
  trafficFactor: number;
  hotKeyShare: number;
  /** Seconds since the caches were flushed (null: warm). */
  cacheAgeSeconds: number | null;
  /** Caches that restart cold (null: all when cacheAgeSeconds is set). */
  coldCaches: ReadonlySet<string> | null;
};

export function healthyState(setup: ModelSetup): State {
  return {
    world: { removed: new Set(), failing: new Set(), promoted: new Set() },
    lost: new Map(),
    undetectedLoss: new Map(),
    trafficFactor: 1,
    hotKeyShare: Math.max(setup.req.hotKeyShareOfReads, setup.zipfHottest),
    cacheAgeSeconds: null,
    coldCaches: null,
  };
}

/** Hit ratio of a cache (Che, Zipf over the stored keys) or a CDN (static assets, TTL). */
export function hitRatio(setup: ModelSetup, node: ModelNode, state: State): number {
  const rates = setup.peakRates;
  if (node.kind === "cdn") {
    return cheHitRatio({
      keys: MODEL_CONSTANTS.staticAssets,
      zipfS: MODEL_CONSTANTS.zipfS,
      capacityItems: 1e9,
      policy: "lru",
      ttlSeconds: node.node.ttlSeconds ?? MODEL_CONSTANTS.cdnTtlSeconds,
      requestsPerSecond: rates.staticRead * state.trafficFactor,
    });
  }
  const units = liveUnits(node, state.lost.get(node.id) ?? 0);
  const memoryBytes = (node.node.memoryGb ?? MODEL_CONSTANTS.cacheMemoryGb) * 1e9 * units;
  const input = {
    keys: setup.dynamicKeys,
    zipfS: MODEL_CONSTANTS.zipfS,
    capacityItems: Math.floor(memoryBytes / setup.itemBytes),
    policy: node.node.eviction ?? "lru",
    ttlSeconds: node.node.ttlSeconds,
    requestsPerSecond: rates.dynamicRead * state.trafficFactor,
  };
  const cold = state.cacheAgeSeconds !== null && (state.coldCaches === null || state.coldCaches.has(node.id));
  if (!cold) return cheHitRatio(input);
  return coldCacheHitRatio({ ...input, seconds: state.cacheAgeSeconds! });
}

export type Evaluation = {
  plans: Record<UserClass, Plan>;
  routingProblems: string[];
  loads: Map<string, NodeLoad>;
  stations: Map<string, Station>;
  served: Record<UserClass, number>;
  /** Share of all user requests served, weighted by rate. */
  servedAll: number;
  rates: Record<UserClass, number>;
  hitRatios: Map<string, number>;
};

/** A state's identity: states with the same key evaluate to the same numbers. */
export function stateKey(s: State): string {
  const set = (x: ReadonlySet<string> | null) => (x ? [...x].sort().join(",") : "*");
  const map = (x: ReadonlyMap<string, number>) => [...x.entries()].sort().map(([k, v]) => `${k}=${v}`).join(",");
  return [set(s.world.removed), set(s.world.failing), set(s.world.promoted), map(s.lost), map(s.undetectedLoss), s.trafficFactor, s.hotKeyShare, s.cacheAgeSeconds ?? "warm", set(s.coldCaches)].join("|");
}

/**
 * `withTail`: also invert each node's sojourn tail for its p99 (the baseline report needs it).
 * Evaluations are pure functions of the state, so without the tails they are memoised per
 * simulate() call: the report's spike and cold start, the availability's losses and the
 * scenarios' moments often are the same states. Callers never mutate them.
 */
export function evaluateState(setup: ModelSetup, state: State, withTail = false): Evaluation {
  if (withTail) return evaluateStateNow(setup, state, true);
  const key = stateKey(state);
  const known = setup.evaluations.get(key);
  if (known) return known;
  const ev = evaluateStateNow(setup, state, false);
  setup.evaluations.set(key, ev);
  return ev;
}

function evaluateStateNow(setup: ModelSetup, state: State, withTail: boolean): Evaluation {
  const hitRatios = new Map<string, number>();
  for (const n of setup.graph.nodes) if (n.kind === "cache" || n.kind === "cdn") hitRatios.set(n.id, hitRatio(setup, n, state));
  // Many moments of the scenarios share a world (a spike, a hot key, an instance lost): route once.
  // Routing reads only the removed and promoted nodes and the hit ratios; nodes failing before
  // anyone notices still receive their share (they refuse it later), so a detection moment
  // routes as the healthy design does.
  const sorted = (x: ReadonlySet<string>) => [...x].sort().join(",");
  const worldKey = `${sorted(state.world.removed)}|${sorted(state.world.promoted)}`;
  const routeKey = `${worldKey}|${[...hitRatios.values()].join(",")}`;
  let routed = setup.routes.get(routeKey);
  if (!routed) {
    const hitRatio = (n: ModelNode) => hitRatios.get(n.id) ?? 0;
    // The same world with other hit ratios (a warming cache, a spike): the same plans, reweighted.
    const sameWorld = setup.routes.get(`world:${worldKey}`);
    routed = sameWorld
      ? withHitRatios(sameWorld, hitRatio)
      : routeAll({
          graph: setup.graph,
          world: state.world,
          hitRatio,
          mediaShareOfWrites: setup.req.mediaShareOfWrites,
          slowWorkMsPerWrite: slowWorkMsPerWrite(setup),
          keepsData: keepsData(setup),
          strongConsistency: setup.req.consistency === "strong",
        });
    if (!sameWorld) setup.routes.set(`world:${worldKey}`, routed);
    setup.routes.set(routeKey, routed);
  }
  const { plans, problems } = routed;
  const rates = {
    dynamicRead: setup.peakRates.dynamicRead * state.trafficFactor,
    write: setup.peakRates.write * state.trafficFactor,
    staticRead: setup.peakRates.staticRead * state.trafficFactor,
  };
  const loads = computeLoads(plans, { rates, hotKeyShare: state.hotKeyShare });
  const stations = buildStations(setup.graph, loads, state.lost, withTail);
  const factor = (n: ModelNode) => {
    if (state.world.failing.has(n.id)) return 0;
    const st = stations.get(n.id);
    const undetected = state.undetectedLoss.get(n.id) ?? 0;
    const share = undetected > 0 ? Math.max(0, (n.instances - undetected) / n.instances) : 1;
    return (st ? st.servedFactor : 1) * share;
  };
  const served = { dynamicRead: 0, write: 0, staticRead: 0 };
  let total = 0;
  let weighted = 0;
  for (const cls of USER_CLASSES) {
    served[cls] = servedShare(plans[cls], factor);
    total += rates[cls];
    weighted += rates[cls] * served[cls];
  }
  return { plans, routingProblems: problems, loads, stations, served, servedAll: total > 0 ? weighted / total : 1, rates, hitRatios };
}

/** What the latency laws need from an evaluation: stations and who refuses which share. */
export function lawContext(setup: ModelSetup, ev: Evaluation, state: State): LawContext {
  return {
    stations: ev.stations,
    userRegions: setup.req.userRegions,
    geoRouting: setup.geoRouting,
    refusedShare: (n) => {
      if (state.world.failing.has(n.id)) return 1;
      const undetected = state.undetectedLoss.get(n.id) ?? 0;
      return undetected > 0 ? Math.min(1, undetected / n.instances) : 0;
    },
  };
}

/** Exact p50 / p95 / p99 of one class (latency.ts). */
export function classLatency(setup: ModelSetup, ev: Evaluation, cls: UserClass, state: State): Percentiles {
  return classPercentiles(ev.plans[cls], lawContext(setup, ev, state));
}

/** p99 over all user requests: the classes' laws mixed by rate; null when saturated. */
export function overallP99(setup: ModelSetup, ev: Evaluation, state: State): number | null {
  return mixedQuantile(USER_CLASSES.map((c) => ({ plan: ev.plans[c], rate: ev.rates[c] })), { ...lawContext(setup, ev, state), cache: setup.laws }, 0.99);
}
