import type { Design } from "@/lib/simulator/schema";

export type Position = { x: number; y: number };

/** What the board edits: the design document's `design` plus where each node is drawn. */
export type BoardValue = { design: Design; layout: Record<string, Position> };

/** The slice of a simulator report the board overlays on its nodes. */
export type BoardResults = {
  components: { id: string; utilization: number; saturated?: boolean }[];
  spofs: string[];
};
