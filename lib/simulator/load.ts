import { UNLIMITED_RPS } from "./catalog.ts";
import type { ModelGraph, ModelNode } from "./graph.ts";
import { mmcScalars, mmcStation } from "./math/queue.ts";
import { compiled, scratch } from "./plan-walk.ts";
import type { Plan, RequestClass, UserClass } from "./routing.ts";

export { servedShare } from "./plan-walk.ts";

/** Offered traffic at one node, summed over classes. */
export type NodeLoad = {
  rps: number;
  /** Server-milliseconds of work per second (Σ rps × service time). */
  workMs: number;
  /** Dynamic reads for the single hottest key that reach this node before any cache. */
  hotRps: number;
  byClass: Partial<Record<RequestClass, number>>;
};

export type LoadOptions = {
  rates: Record<UserClass, number>;
  hotKeyShare: number;
};

/**
 * Pushes each class's rate down its plan: splits and mixes divide it, sequences pass it whole,
 * a fallback's backup carries nothing while its main path is there, jobs behind a queue count
 * at the workers. Offered load is demand: an overloaded node upstream is not assumed to shed
 * load for the nodes below it (a documented simplification; it errs towards more load).
 * Rates are accumulated over the plan DAG in topological order (parents first), so each plan
 * node is visited once whatever the number of paths through it.
 */
export function computeLoads(plans: Record<UserClass, Plan>, opts: LoadOptions): Map<string, NodeLoad> {
  const loads = new Map<string, NodeLoad>();
  const add = (node: ModelNode, cls: RequestClass, rps: number, serviceMs: number, hot: number) => {
    let l = loads.get(node.id);
    if (!l) {
      l = { rps: 0, workMs: 0, hotRps: 0, byClass: {} };
      loads.set(node.id, l);
    }
    l.rps += rps;
    l.workMs += rps * serviceMs;
    l.hotRps += hot;
    l.byClass[cls] = (l.byClass[cls] ?? 0) + rps;
  };
  for (const cls of ["dynamicRead", "write", "staticRead"] as const) {
    const root = plans[cls];
    const rate0 = opts.rates[cls];
    if (!(rate0 > 0)) continue;
    // Incoming rate and rate of hot-key requests (dynamic reads for the hottest key not yet
    // answered by a cache) per plan node, by position in the compiled DAG.
    const { order, kids } = compiled(root, true);
    const rate = scratch(RATE, order.length).fill(0, 0, order.length);
    const hot = scratch(HOT, order.length).fill(0, 0, order.length);
    rate[0] = rate0;
    hot[0] = cls === "dynamicRead" ? rate0 * opts.hotKeyShare : 0;
    for (let i = 0; i < order.length; i++) {
      const r = rate[i];
      if (!(r > 0)) continue;
      const h = hot[i];
      const plan = order[i];
      const k = kids[i];
      switch (plan.t) {
        case "visit": {
          // Only nodes that hold keys (caches, databases) have a unit that owns the hot key.
          const holdsKeys = plan.node.kind === "cache" || plan.node.kind === "sql_database" || plan.node.kind === "nosql_database";
          add(plan.node, plan.cls, r, plan.serviceMs, plan.cls === "dynamicRead" && holdsKeys ? h : 0);
          break;
        }
        case "seq": {
          let stepHot = h;
          for (let j = 0; j < k.length; j++) {
            rate[k[j]] += r;
            hot[k[j]] += stepHot;
            // Past a cache the hot key is a hit: it does not reach the database.
            const step = plan.steps[j];
            if (step.t === "visit" && step.node.kind === "cache") stepHot = 0;
          }
          break;
        }
        case "mix":
        case "split":
          for (let j = 0; j < k.length; j++) {
            rate[k[j]] += r * plan.options[j].p;
            hot[k[j]] += h * plan.options[j].p;
          }
          break;
        case "fallback":
        case "async":
          // Main path only (a fallback's backup carries nothing while the main path is there);
          // behind a queue the hot key no longer matters.
          rate[k[0]] += r;
          if (plan.t === "fallback") hot[k[0]] += h;
          break;
        case "fail":
          break;
      }
    }
  }
  return loads;
}

/** Reused per-plan-node buffers of computeLoads (it runs for every moment of every scenario). */
const RATE = { a: new Float64Array(0) };
const HOT = { a: new Float64Array(0) };

export type Station = {
  node: ModelNode;
  offeredRps: number;
  capacityRps: number;
  utilization: number;
  saturated: boolean;
  /** Share of this node's requests it serves (capacity and hot-unit limits). */
  servedFactor: number;
  /** Utilisation of the unit holding the hottest key. */
  hotUnitUtilization: number;
  /** Share of this node's requests that land on the unit holding the hottest key. */
  hotUnitShare: number;
  waitProbability: number;
  /** Mean wait of a request that does wait (ms); 0 when nobody waits. */
  conditionalWaitMs: number;
  meanServiceMs: number;
  /** p99 time in one unit (ms); null when saturated (no steady state) or not computed. */
  p99Ms: number | null;
  units: number;
};

/**
 * One M/M/c station per unit (instance, shard or replica copy): c = capacity × service time
 * (Little), arrivals λ / units, mean service = load-weighted over classes. At ρ ≥ 1 the
 * station is evaluated at the math module's cap (finite latency) and serves capacity / offered.
 */
export function buildStation(node: ModelNode, load: NodeLoad | undefined, units: number, withTail = true): Station {
  const offered = load?.rps ?? 0;
  const meanServiceMs = offered > 0 ? load!.workMs / offered : node.serviceTimeMs;
  const unlimited = node.capacityRpsPerInstance >= UNLIMITED_RPS / 10;
  const liveUnits = Math.max(0, units);
  // Concurrency is fixed by the catalogue (c = capacity × base service time); a slower mix
  // of work (media processing) lowers the rps one unit sustains.
  const unitCapacity =
    node.serviceTimeMs > 0 && meanServiceMs > 0
      ? (node.capacityRpsPerInstance * node.serviceTimeMs) / meanServiceMs
      : node.capacityRpsPerInstance;
  const capacityRps = liveUnits * unitCapacity;
  if (unlimited || meanServiceMs === 0) {
    return {
      node, offeredRps: offered, capacityRps: unlimited ? node.capacityRpsPerInstance * Math.max(1, liveUnits) : capacityRps,
      utilization: 0, saturated: false, servedFactor: liveUnits > 0 ? 1 : 0, hotUnitUtilization: 0, hotUnitShare: 0,
      waitProbability: 0, conditionalWaitMs: 0, meanServiceMs, p99Ms: meanServiceMs * Math.log(100), units: liveUnits,
    };
  }
  if (liveUnits === 0) {
    return {
      node, offeredRps: offered, capacityRps: 0, utilization: offered > 0 ? Infinity : 0, saturated: offered > 0,
      servedFactor: 0, hotUnitUtilization: 0, hotUnitShare: 0, waitProbability: 0, conditionalWaitMs: 0, meanServiceMs, p99Ms: null, units: 0,
    };
  }
  const perUnit = offered / liveUnits;
  const queue = { servers: node.servers, serviceTimeMs: meanServiceMs, arrivalRps: perUnit };
  const st = mmcScalars(queue);
  const utilization = offered / capacityRps;
  const unitCap = unitCapacity;
  const hot = load?.hotRps ?? 0;
  const hotUnitLoad = hot + (offered - hot) / liveUnits;
  const hotUnitUtilization = hotUnitLoad / unitCap;
  const dropped = Math.max(0, offered - capacityRps, hotUnitLoad - unitCap);
  const servedFactor = offered > 0 ? Math.max(0, 1 - dropped / offered) : 1;
  return {
    node,
    offeredRps: offered,
    capacityRps,
    utilization,
    saturated: utilization >= 1 || hotUnitUtilization >= 1,
    servedFactor,
    hotUnitUtilization,
    hotUnitShare: offered > 0 ? Math.min(1, hotUnitLoad / offered) : 0,
    waitProbability: st.waitProbability,
    conditionalWaitMs: st.waitProbability > 0 ? st.meanWaitMs / st.waitProbability : 0,
    meanServiceMs,
    // The per-node p99 is only reported for the baseline; scenarios skip the inversion.
    p99Ms: withTail && utilization < 1 ? mmcStation(queue).sojournQuantileMs(0.99) : null,
    units: liveUnits,
  };
}

/** Units still serving after `lost` instances fail (a primary keeps its shards while a copy lives). */
export function liveUnits(node: ModelNode, lostInstances: number): number {
  if (lostInstances <= 0) return node.units;
  const left = Math.max(0, node.instances - lostInstances);
  if (node.isPrimary) return left > 0 ? node.units : 0;
  return (node.units * left) / node.instances;
}

export function buildStations(graph: ModelGraph, loads: Map<string, NodeLoad>, lost: ReadonlyMap<string, number>, withTail = true): Map<string, Station> {
  const stations = new Map<string, Station>();
  for (const n of graph.nodes) stations.set(n.id, buildStation(n, loads.get(n.id), liveUnits(n, lost.get(n.id) ?? 0), withTail));
  return stations;
}
