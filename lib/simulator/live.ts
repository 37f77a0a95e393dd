/**
 * Which nodes carry traffic (SIMULATOR.md verdict rule 3). A node is live when some request
 * class passes through it in the healthy state: it is offered load on a main path, it is a
 * client whose requests get somewhere, or it is a replica of a live primary (the replication
 * stream runs through it and it is the primary's failover). Logging and metrics are live when
 * wired to a live node. Everything else is unused: listed once, earning nothing, and counted
 * as over-engineering.
 */
import { SIDE_KINDS, type ModelNode } from "./graph.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { USER_CLASSES } from "./routing.ts";

export type Liveness = { live: ReadonlySet<string>; unused: ModelNode[] };

export function liveNodes(setup: ModelSetup, baseline: Evaluation): Liveness {
  const { graph } = setup;
  const live = new Set<string>();
  for (const [id, load] of baseline.loads) if (load.rps > 0) live.add(id);
  const anyServed = USER_CLASSES.some((c) => baseline.served[c] > 0);
  for (const n of graph.nodes) {
    if (n.kind === "client" && anyServed) live.add(n.id);
  }
  for (const n of graph.nodes) {
    if (n.isReplica && live.has(n.node.replicaOf ?? "")) live.add(n.id);
    // Users → DNS with no edge on: the lookup before the request (DESIGN.md's own example).
    if (n.kind === "dns" && graph.predecessors.get(n.id)!.some((p) => p.kind === "client" && live.has(p.id))) live.add(n.id);
  }
  for (const n of graph.nodes) {
    if (!SIDE_KINDS.includes(n.kind)) continue;
    const wired = [...graph.successors.get(n.id)!, ...graph.predecessors.get(n.id)!].some((m) => live.has(m.id));
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
