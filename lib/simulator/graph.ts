import { KIND_CATALOG, MODEL_CONSTANTS } from "./catalog.ts";
import type { Design, DesignNode, NodeKind } from "./schema.ts";

/** Kinds that never carry a request: they watch the others. */
export const SIDE_KINDS: readonly NodeKind[] = ["logging", "metrics"];
/** Kinds that are global services: not in any region, not lost with one. */
export const GLOBAL_KINDS: readonly NodeKind[] = ["client", "dns", "cdn"];
export const DATABASE_KINDS: readonly NodeKind[] = ["sql_database", "nosql_database"];

/** One node with every default filled in, the numbers the model uses. */
export type ModelNode = {
  id: string;
  kind: NodeKind;
  node: DesignNode;
  region: string | null;
  instances: number;
  capacityRpsPerInstance: number;
  serviceTimeMs: number;
  availabilityPerInstance: number;
  /** Concurrent requests one instance works on (Little: capacity × service time). */
  servers: number;
  isPrimary: boolean;
  isReplica: boolean;
  /** Units that share the load: shards for a primary, copies × shards for a replica. */
  units: number;
};

export type ModelGraph = {
  nodes: ModelNode[];
  byId: Map<string, ModelNode>;
  successors: Map<string, ModelNode[]>;
  predecessors: Map<string, ModelNode[]>;
  /** Replicas drawn on the board (an edge to or from them): a replica with no edge is not used. */
  replicasOf: Map<string, ModelNode[]>;
  entries: ModelNode[];
  regions: string[];
  homeRegion: string;
};

export function isDatabase(n: ModelNode): boolean {
  return DATABASE_KINDS.includes(n.kind);
}

/** Builds the indexed graph; nodes without a region live in the first user region. */
export function buildGraph(design: Design, userRegions: readonly string[]): ModelGraph {
  const homeRegion = userRegions[0] ?? "default";
  const byId = new Map<string, ModelNode>();
  const nodes: ModelNode[] = design.nodes.map((node) => {
    const d = KIND_CATALOG[node.kind].defaults;
    const capacity = node.capacityRpsPerInstance ?? d.capacityRpsPerInstance;
    const serviceTimeMs = node.serviceTimeMs ?? d.serviceTimeMs;
    const isDb = DATABASE_KINDS.includes(node.kind);
    const model: ModelNode = {
      id: node.id,
      kind: node.kind,
      node,
      region: GLOBAL_KINDS.includes(node.kind) ? (node.region ?? null) : (node.region ?? homeRegion),
      instances: node.instances ?? 1,
      capacityRpsPerInstance: capacity,
      serviceTimeMs,
      availabilityPerInstance: node.availabilityPerInstance ?? d.availabilityPerInstance,
      servers: (capacity * serviceTimeMs) / 1000,
      isPrimary: isDb && node.role !== "replica" && node.replicaOf === undefined,
      isReplica: isDb && node.replicaOf !== undefined,
      units: 1,
    };
    byId.set(node.id, model);
    return model;
  });
  const replicasOf = new Map<string, ModelNode[]>();
  const wired = new Set(design.edges.flatMap((e) => [e.from, e.to]));
  for (const n of nodes) {
    if (n.isReplica && n.node.replicaOf && wired.has(n.id)) {
      const list = replicasOf.get(n.node.replicaOf) ?? [];
      list.push(n);
      replicasOf.set(n.node.replicaOf, list);
    }
  }
  for (const n of nodes) {
    if (n.isPrimary) n.units = n.node.shards ?? 1;
    else if (n.isReplica) {
      const primary = byId.get(n.node.replicaOf ?? "");
      n.units = n.instances * (primary?.node.shards ?? n.node.shards ?? 1);
    } else if (n.kind === "cache") n.units = n.instances * (n.node.shards ?? 1);
    else n.units = n.instances;
  }
  const successors = new Map<string, ModelNode[]>(nodes.map((n) => [n.id, []]));
  const predecessors = new Map<string, ModelNode[]>(nodes.map((n) => [n.id, []]));
  for (const e of design.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    successors.get(from.id)!.push(to);
    predecessors.get(to.id)!.push(from);
  }
  // Requests enter only at client nodes: without one, the design has no entry point (a finding),
  // rather than one invented from whatever nothing points to.
  const entries = nodes.filter((n) => n.kind === "client");
  const regions = [...new Set(nodes.map((n) => n.region).filter((r): r is string => r !== null))].sort();
  return { nodes, byId, successors, predecessors, replicasOf, entries, regions, homeRegion };
}

/** Round trip for one call between two nodes: 0.5 ms in a region, 150 ms across regions. */
export function hopMs(from: ModelNode | null, to: ModelNode, userRegion: string | null): number {
  const a = from ? from.region : userRegion;
  const b = to.region;
  if (a === null || b === null || a === b) return from === null ? 0 : MODEL_CONSTANTS.hopMs;
  return MODEL_CONSTANTS.interRegionRttMs;
}
