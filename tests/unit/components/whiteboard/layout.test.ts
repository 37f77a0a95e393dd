import { describe, expect, it } from "vitest";
import type { DesignNode } from "@/lib/simulator/schema";
import {
  GAP_X,
  GAP_Y,
  KIND_COLUMN,
  NODE_HEIGHT,
  NODE_WIDTH,
  REGION_LABEL_HEIGHT,
  REGION_PADDING,
  completeLayout,
  freePosition,
  regionBoxes,
} from "@/components/whiteboard/layout";

const columnX = (col: number) => col * (NODE_WIDTH + GAP_X);
const rowY = (row: number) => row * (NODE_HEIGHT + GAP_Y);
const cardsOverlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;

describe("freePosition", () => {
  it("puts the first node of a kind at the top of its tier's column", () => {
    expect(freePosition("web_server", {})).toEqual({ x: columnX(KIND_COLUMN.web_server), y: 0 });
  });

  it("stacks nodes of one column below each other", () => {
    const layout: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 4; i += 1) layout[`w${i}`] = freePosition("web_server", layout);
    expect(Object.values(layout).map((p) => p.y)).toEqual([rowY(0), rowY(1), rowY(2), rowY(3)]);
  });

  it("skips a slot covered by a node the user dragged there", () => {
    const x = columnX(KIND_COLUMN.cache);
    const layout = { moved: { x: x + 10, y: 5 } };
    const slot = freePosition("cache", layout);
    expect(slot).toEqual({ x, y: rowY(1) });
    expect(cardsOverlap(slot, layout.moved)).toBe(false);
  });

  it("never overlaps any placed card across many additions of mixed kinds", () => {
    const kinds = ["client", "load_balancer", "web_server", "web_server", "cache", "message_queue", "sql_database", "sql_database"] as const;
    const layout: Record<string, { x: number; y: number }> = { stray: { x: columnX(4) - 30, y: 40 } };
    kinds.forEach((kind, i) => {
      const p = freePosition(kind, layout);
      for (const q of Object.values(layout)) expect(cardsOverlap(p, q)).toBe(false);
      layout[`n${i}`] = p;
    });
  });
});

describe("regionBoxes", () => {
  const nodes: DesignNode[] = [
    { id: "lb", kind: "load_balancer", region: "us-east" },
    { id: "web", kind: "web_server", region: "us-east" },
    { id: "db", kind: "sql_database", region: "eu-west" },
    { id: "users", kind: "client" },
  ];
  const layout = { lb: { x: 100, y: 50 }, web: { x: 400, y: 250 }, db: { x: -20, y: 600 }, users: { x: 0, y: 0 } };

  it("encloses each region's cards with padding and a label band, sorted by name", () => {
    const boxes = regionBoxes(nodes, layout);
    expect(boxes.map((b) => b.region)).toEqual(["eu-west", "us-east"]);
    const east = boxes[1];
    expect(east.nodeIds).toEqual(["lb", "web"]);
    expect(east.x).toBe(100 - REGION_PADDING);
    expect(east.y).toBe(50 - REGION_PADDING - REGION_LABEL_HEIGHT);
    expect(east.x + east.width).toBe(400 + NODE_WIDTH + REGION_PADDING);
    expect(east.y + east.height).toBe(250 + NODE_HEIGHT + REGION_PADDING);
  });

  it("contains every member card entirely", () => {
    for (const box of regionBoxes(nodes, layout)) {
      for (const id of box.nodeIds) {
        const p = layout[id as keyof typeof layout];
        expect(p.x).toBeGreaterThanOrEqual(box.x);
        expect(p.y).toBeGreaterThanOrEqual(box.y);
        expect(p.x + NODE_WIDTH).toBeLessThanOrEqual(box.x + box.width);
        expect(p.y + NODE_HEIGHT).toBeLessThanOrEqual(box.y + box.height);
      }
    }
  });

  it("draws no box for nodes without a region or without a position", () => {
    expect(regionBoxes([{ id: "users", kind: "client" }, { id: "x", kind: "cache", region: "ap" }], { users: { x: 0, y: 0 } })).toEqual([]);
  });
});

describe("completeLayout", () => {
  it("keeps stored positions and places the missing nodes without overlap", () => {
    const nodes: DesignNode[] = [
      { id: "web", kind: "web_server" },
      { id: "web-2", kind: "web_server" },
      { id: "db", kind: "sql_database" },
    ];
    const stored = { web: { x: columnX(KIND_COLUMN.web_server), y: 0 } };
    const full = completeLayout(nodes, stored);
    expect(full.web).toEqual(stored.web);
    expect(full["web-2"]).toEqual({ x: columnX(KIND_COLUMN.web_server), y: rowY(1) });
    expect(full.db).toEqual({ x: columnX(KIND_COLUMN.sql_database), y: 0 });
  });

  it("returns the same object when every node is placed", () => {
    const layout = { a: { x: 1, y: 2 } };
    expect(completeLayout([{ id: "a", kind: "dns" }], layout)).toBe(layout);
  });
});
