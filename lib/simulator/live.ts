/**
 * Which nodes carry traffic (SIMULATOR.md verdict rule 3). A node is live when some request
 * class passes through it in the healthy state: it is offered load on a main path, it is a
 * client whose requests get somewhere, or it is a replica of a live primary drawn with an edge
 * (the replication stream runs through it and it is the primary's failover; a replica box with
 * no edge at all is not part of the design). Logging and metrics are live when
 * wired to a live node. Everything else is unused: listed once, earning nothing, and counted
 * as over-engineering. Logging and metrics count when a live node has an edge to them.
 */
import { SIDE_KINDS, type ModelNode } from "./graph.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { planVisits } from "./plan-walk.ts";
import { USER_CLASSES } from "./routing.ts";

export type Liveness = { live: ReadonlySet<string>; unused: ModelNode[] };

export function liveNodes(setup: ModelSetup, baseline: Evaluation): Liveness {
  const { graph } = setup;
  const live = new Set<string>();
  // On a main path of some class that carries traffic — structurally, so a store behind a cache
  // that happens to answer everything at this load is still part of the design.
  for (const cls of USER_CLASSES) if (baseline.rates[cls] > 0) planVisits(baseline.plans[cls], live, true);
  const anyServed = USER_CLASSES.some((c) => baseline.served[c] > 0);
  for (const n of graph.nodes) {
    if (n.kind === "client" && anyServed) live.add(n.id);
  }
  for (const n of graph.nodes) {
    // A replica drawn with an edge (graph.replicasOf) takes its live primary's replication stream.
    if (n.isReplica && live.has(n.node.replicaOf ?? "") && (graph.replicasOf.get(n.node.replicaOf ?? "") ?? []).includes(n)) live.add(n.id);
    // Users → DNS with no edge on: the lookup before the request (DESIGN.md's own example).
    if (n.kind === "dns" && graph.predecessors.get(n.id)!.some((p) => p.kind === "client" && live.has(p.id))) live.add(n.id);
  }
  for (const n of graph.nodes) {
    if (!SIDE_KINDS.includes(n.kind)) continue;
    // Wired in when a live node sends to it (ships logs, pushes metrics): an edge out of it is not enough.
    const wired = graph.predecessors.get(n.id)!.some((m) => live.has(m.id));
    if (wired) live.add(n.id);
  }
  return { live, unused: graph.nodes.filter((n) => !live.has(n.id)) };
}

/** Regions with a live node that carries requests (logging and metrics do not make a region). */
export function liveRegions(setup: ModelSetup, live: ReadonlySet<string>): string[] {
  const regions = new Set<string>();
  for (const n of setup.graph.nodes) {
    if (live.has(n.id) && n.region !== null && !SIDE_KINDS.includes(n.kind)) regions.add(n.region);
  }
  return [...regions].sort();
}
