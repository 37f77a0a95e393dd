import type { Design, NodeKind } from "@/lib/simulator/schema";

export type Point = { x: number; y: number };

// A prompt's reference design is a design document without positions. This places it the way
// requests flow, left to right, so it reads like a board a candidate drew: columns by tier and
// by edges, one horizontal band per region so the whiteboard's region boxes never overlap.

/** The tier a kind belongs to: client → dns/cdn → load balancer → web → cache/queue → data/workers → ops. */
export const KIND_TIER: Record<NodeKind, number> = {
  client: 0,
  dns: 1,
  cdn: 1,
  load_balancer: 2,
  web_server: 3,
  cache: 4,
  message_queue: 4,
  worker: 5,
  sql_database: 5,
  nosql_database: 5,
  object_storage: 5,
  logging: 6,
  metrics: 6,
};

// Spacing matches the whiteboard's cards (184 × 72) with room for edges and region labels.
export const COLUMN_WIDTH = 248;
export const ROW_HEIGHT = 104;
export const BAND_GAP = 80;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Column per node: at least its kind's tier, and one right of any node that feeds it from the
 * same or an earlier tier (a worker that writes to a database puts the database after it).
 * Edges that would close a cycle are ignored, so the result always exists.
 */
function columns(design: Design): Map<string, number> {
  const kind = new Map(design.nodes.map((n) => [n.id, n.kind]));
  const ids = design.nodes.map((n) => n.id).sort(byId);
  const outgoing = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of design.edges) {
    const from = kind.get(e.from);
    const to = kind.get(e.to);
    if (from === undefined || to === undefined || e.from === e.to) continue;
    if (KIND_TIER[from] <= KIND_TIER[to]) outgoing.get(e.from)!.push(e.to);
  }
  for (const list of outgoing.values()) list.sort(byId);

  // Depth-first topological order over the forward edges; a grey target is a back edge.
  const state = new Map<string, "grey" | "black">();
  const order: string[] = [];
  const forward = new Map<string, string[]>(ids.map((id) => [id, []]));
  const visit = (id: string) => {
    state.set(id, "grey");
    for (const next of outgoing.get(id)!) {
      if (state.get(next) === "grey") continue;
      forward.get(id)!.push(next);
      if (!state.has(next)) visit(next);
    }
    state.set(id, "black");
    order.push(id);
  };
  const starts = [...ids].sort((a, b) => KIND_TIER[kind.get(a)!] - KIND_TIER[kind.get(b)!] || byId(a, b));
  for (const id of starts) if (!state.has(id)) visit(id);

  const column = new Map(ids.map((id) => [id, KIND_TIER[kind.get(id)!]]));
  for (const id of order.reverse()) {
    for (const next of forward.get(id)!) column.set(next, Math.max(column.get(next)!, column.get(id)! + 1));
  }
  // Close the gaps a design leaves (a client wired straight to a web server needs no empty columns).
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  return new Map([...column].map(([id, c]) => [id, used.indexOf(c)]));
}

/** Deterministic positions for every node of `design`: the same design always gets the same layout. */
export function autoLayout(design: Design): Record<string, Point> {
  const column = columns(design);
  const nodes = [...design.nodes].sort((a, b) => byId(a.id, b.id));
  const regions = [...new Set(nodes.map((n) => n.region).filter((r): r is string => r !== undefined))].sort(byId);
  const bandOf = (region: string | undefined) => (region === undefined ? 0 : regions.indexOf(region) + 1);
  const bandCount = regions.length + 1;
  const columnCount = Math.max(0, ...column.values()) + 1;

  const preds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of design.edges) if (preds.has(e.to) && column.has(e.from)) preds.get(e.to)!.push(e.from);

  // Rows within each (column, band) cell, filled left to right so a node can sit level with the
  // nodes that feed it (barycentre), replicas right under their primary.
  const row = new Map<string, number>();
  const cells: string[][][] = Array.from({ length: columnCount }, () => Array.from({ length: bandCount }, () => []));
  const primaryOf = new Map(nodes.filter((n) => n.replicaOf).map((n) => [n.id, n.replicaOf!]));
  for (let c = 0; c < columnCount; c += 1) {
    for (let b = 0; b < bandCount; b += 1) {
      const members = nodes.filter((n) => column.get(n.id) === c && bandOf(n.region) === b);
      const key = (id: string): number => {
        const primary = primaryOf.get(id);
        if (primary !== undefined && members.some((m) => m.id === primary)) return key(primary) + 0.001;
        const placed = preds.get(id)!.filter((p) => row.has(p) && bandOf(nodes.find((n) => n.id === p)!.region) === b);
        return placed.length === 0 ? Number.POSITIVE_INFINITY : placed.reduce((s, p) => s + row.get(p)!, 0) / placed.length;
      };
      const keys = new Map(members.map((m) => [m.id, key(m.id)]));
      members.sort(
        (p, q) => keys.get(p.id)! - keys.get(q.id)! || KIND_TIER[p.kind] - KIND_TIER[q.kind] || p.kind.localeCompare(q.kind) || byId(p.id, q.id),
      );
      members.forEach((m, i) => row.set(m.id, i));
      cells[c][b] = members.map((m) => m.id);
    }
  }

  const bandRows = Array.from({ length: bandCount }, (_, b) => Math.max(0, ...cells.map((col) => col[b].length)));
  const bandTop: number[] = [];
  let top = 0;
  for (let b = 0; b < bandCount; b += 1) {
    bandTop.push(top);
    if (bandRows[b] > 0) top += bandRows[b] * ROW_HEIGHT + BAND_GAP;
  }

  const layout: Record<string, Point> = {};
  for (const n of nodes) {
    layout[n.id] = { x: column.get(n.id)! * COLUMN_WIDTH, y: bandTop[bandOf(n.region)] + row.get(n.id)! * ROW_HEIGHT };
  }
  return layout;
}
