import { DESIGN_LIMITS, type DesignEdge, type DesignNode, type NodeKind } from "@/lib/simulator/schema";
import { freeId } from "./ids";
import { freePosition } from "./layout";
import type { BoardValue, Position } from "./types";

// Every board edit goes through these pure functions, so each one returns a whole new
// {design, layout} that is still a valid design document (no dangling edges or replicaOf).

export function edgeKey(edge: Pick<DesignEdge, "from" | "to">): string {
  return `${edge.from}->${edge.to}`;
}

export function addNode(value: BoardValue, kind: NodeKind): { value: BoardValue; id: string } {
  const id = freeId(kind, value.design.nodes.map((n) => n.id));
  const node: DesignNode = { id, kind };
  return {
    id,
    value: {
      design: { ...value.design, nodes: [...value.design.nodes, node] },
      layout: { ...value.layout, [id]: freePosition(kind, value.layout) },
    },
  };
}

export function replaceNode(value: BoardValue, node: DesignNode): BoardValue {
  return {
    ...value,
    design: { ...value.design, nodes: value.design.nodes.map((n) => (n.id === node.id ? node : n)) },
  };
}

/** Drops the nodes, every edge touching them, their positions and replicas' links to them. */
export function removeNodes(value: BoardValue, ids: Iterable<string>): BoardValue {
  const gone = new Set(ids);
  if (gone.size === 0) return value;
  const nodes = value.design.nodes
    .filter((n) => !gone.has(n.id))
    .map((n) => {
      if (n.replicaOf === undefined || !gone.has(n.replicaOf)) return n;
      // A replica without its primary is no longer a replica (the document forbids a dangling one).
      const { replicaOf: _primary, role, ...rest } = n;
      return role === undefined || role === "replica" ? rest : { ...rest, role };
    });
  const edges = value.design.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to));
  const layout = Object.fromEntries(Object.entries(value.layout).filter(([id]) => !gone.has(id)));
  return { design: { ...value.design, nodes, edges }, layout };
}

/** Adds from → to unless it is a self-loop, a duplicate, names a missing node or is one too many (then null). */
export function addEdge(value: BoardValue, from: string, to: string): BoardValue | null {
  if (value.design.edges.length >= DESIGN_LIMITS.edges) return null;
  const ids = new Set(value.design.nodes.map((n) => n.id));
  if (from === to || !ids.has(from) || !ids.has(to)) return null;
  if (value.design.edges.some((e) => e.from === from && e.to === to)) return null;
  return { ...value, design: { ...value.design, edges: [...value.design.edges, { from, to }] } };
}

export function removeEdges(value: BoardValue, keys: Iterable<string>): BoardValue {
  const gone = new Set(keys);
  if (gone.size === 0) return value;
  return { ...value, design: { ...value.design, edges: value.design.edges.filter((e) => !gone.has(edgeKey(e))) } };
}

export function moveNodes(value: BoardValue, positions: Record<string, Position>): BoardValue {
  return { ...value, layout: { ...value.layout, ...positions } };
}
