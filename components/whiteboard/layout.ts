import { KIND_TIER } from "@/lib/report/auto-layout";
import type { DesignNode, NodeKind } from "@/lib/simulator/schema";
import type { Position } from "./types";

// Node cards have a fixed size, so region boxes and free slots can be computed without the DOM.
export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 72;
export const GAP_X = 64;
export const GAP_Y = 32;
export const REGION_PADDING = 24;
export const REGION_LABEL_HEIGHT = 28;

// New nodes land in the column of their tier, so a board built from the palette already reads
// left to right the way requests flow: clients, edge, balancing, web, async/caching, storage, ops.
export const KIND_COLUMN: Record<NodeKind, number> = KIND_TIER;

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + GAP_X / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + GAP_Y / 2;
}

/** The top-most grid slot of the kind's column whose card would not overlap any placed card. */
export function freePosition(kind: NodeKind, layout: Record<string, Position>): Position {
  const placed = Object.values(layout);
  const x = KIND_COLUMN[kind] * (NODE_WIDTH + GAP_X);
  for (let row = 0; ; row += 1) {
    const slot = { x, y: row * (NODE_HEIGHT + GAP_Y) };
    if (!placed.some((p) => overlaps(slot, p))) return slot;
  }
}

export type RegionBox = { region: string; x: number; y: number; width: number; height: number; nodeIds: string[] };

/** One box per region enclosing its nodes' cards, with room above them for the region's name. */
export function regionBoxes(nodes: readonly DesignNode[], layout: Record<string, Position>): RegionBox[] {
  const members = new Map<string, string[]>();
  for (const node of nodes) {
    if (!node.region || !layout[node.id]) continue;
    members.set(node.region, [...(members.get(node.region) ?? []), node.id]);
  }
  return [...members.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, nodeIds]) => {
      const xs = nodeIds.map((id) => layout[id].x);
      const ys = nodeIds.map((id) => layout[id].y);
      const left = Math.min(...xs) - REGION_PADDING;
      const top = Math.min(...ys) - REGION_PADDING - REGION_LABEL_HEIGHT;
      const right = Math.max(...xs) + NODE_WIDTH + REGION_PADDING;
      const bottom = Math.max(...ys) + NODE_HEIGHT + REGION_PADDING;
      return { region, x: left, y: top, width: right - left, height: bottom - top, nodeIds };
    });
}

/** Positions for every node: the stored ones, plus free slots for nodes the layout does not place. */
export function completeLayout(nodes: readonly DesignNode[], layout: Record<string, Position>): Record<string, Position> {
  if (nodes.every((n) => layout[n.id])) return layout;
  const complete = { ...layout };
  for (const node of nodes) {
    if (!complete[node.id]) complete[node.id] = freePosition(node.kind, complete);
  }
  return complete;
}
