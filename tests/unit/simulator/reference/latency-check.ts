/**
 * The end-to-end latency truth check shared by tests/unit/simulator/truth/latency-law.test.ts and
 * ad-hoc error reports: one network (a chain of stations, optionally split into branch chains)
 * built twice, as a routing Plan with its Stations for the exact law (latency.ts), and as a
 * discrete-event simulation (des-network.ts).
 */
import type { ModelNode } from "@/lib/simulator/graph";
import { classPercentiles, type LawContext, type Percentiles } from "@/lib/simulator/latency";
import { buildStation, type Station } from "@/lib/simulator/load";
import type { Plan, Visit } from "@/lib/simulator/routing";
import { simulateNetwork, type DesNetworkInput, type DesStation } from "./des-network";

export type Network = Omit<DesNetworkInput, "customers" | "warmupShare" | "seed">;

/** An M/M/c station as the model sees it: one instance, c = capacity × service time (Little). */
function modelNode(id: string, s: DesStation): ModelNode {
  return {
    id,
    kind: "web_server",
    node: { id, kind: "web_server" },
    region: null,
    instances: 1,
    capacityRpsPerInstance: (s.servers * 1000) / s.serviceMs,
    serviceTimeMs: s.serviceMs,
    availabilityPerInstance: 1,
    servers: s.servers,
    isPrimary: false,
    isReplica: false,
    units: 1,
  };
}

/** The network as a Plan (client → prefix → split of branch chains) and the law's context. */
export function networkPlan(net: Network): { plan: Plan; ctx: LawContext } {
  const stations = new Map<string, Station>();
  let previous: ModelNode | null = null;
  const chain = (list: DesStation[], name: string, rps: number): Plan[] =>
    list.map((s, i) => {
      const node = modelNode(`${name}${i}`, s);
      stations.set(node.id, buildStation(node, { rps, workMs: rps * s.serviceMs, hotRps: 0, byClass: { dynamicRead: rps } }, 1));
      const visit: Visit = { t: "visit", node, from: previous, cls: "dynamicRead", serviceMs: s.serviceMs, extraMs: 0, hopMs: s.delayMs };
      previous = node;
      return visit;
    });
  const steps = chain(net.prefix, "s", net.arrivalRps);
  const last = previous;
  const branches = net.branches ?? [];
  if (branches.length > 0) {
    const total = branches.reduce((s, b) => s + b.p, 0);
    const options = branches.map((b, i) => {
      previous = last;
      return { p: b.p, plan: { t: "seq", steps: chain(b.stations, `b${i}.`, (net.arrivalRps * b.p) / total) } as Plan };
    });
    steps.push({ t: "split", options });
  }
  const ctx: LawContext = { stations, userRegions: [], geoRouting: false, refusedShare: () => 0 };
  return { plan: { t: "seq", steps }, ctx };
}

export type Comparison = { law: Percentiles; des: { p50Ms: number; p99Ms: number }; p50: number; p99: number | null };

/** The law's p50 / p99 and the simulated ones, with relative errors (law / simulated − 1). */
export function compareWithDes(net: Network, run: { customers: number; seed: number; warmupShare?: number }): Comparison {
  const { plan, ctx } = networkPlan(net);
  const law = classPercentiles(plan, ctx);
  const sim = simulateNetwork({ ...net, customers: run.customers, seed: run.seed, warmupShare: run.warmupShare ?? 0.05 });
  const des = { p50Ms: sim.quantile(0.5), p99Ms: sim.quantile(0.99) };
  return {
    law,
    des,
    p50: (law.p50Ms ?? Infinity) / des.p50Ms - 1,
    p99: law.p99Ms === null ? null : law.p99Ms / des.p99Ms - 1,
  };
}
