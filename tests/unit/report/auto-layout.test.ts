import { describe, expect, it } from "vitest";
import { autoLayout, KIND_TIER } from "@/lib/report/auto-layout";
import type { Design } from "@/lib/simulator/schema";
import { loadExample } from "./fixture";

const EXAMPLES = [
  "01-single-server.json",
  "02-separate-database.json",
  "03-load-balancer-two-web.json",
  "04-replica-cache-cdn.json",
  "05-stateless-two-regions.json",
  "06-queue-workers-shards.json",
];

const CARD = { width: 184, height: 72 };
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < CARD.width && Math.abs(a.y - b.y) < CARD.height;

describe("autoLayout", () => {
  it.each(EXAMPLES)("%s: deterministic, whatever the order of nodes and edges", (file) => {
    const { design } = loadExample(file);
    const shuffled: Design = { nodes: [...design.nodes].reverse(), edges: [...design.edges].reverse() };
    expect(autoLayout(design)).toEqual(autoLayout(design));
    expect(autoLayout(shuffled)).toEqual(autoLayout(design));
  });

  // The single-server example has no database; every other one has both ends.
  it.each(EXAMPLES.slice(1))("%s: places every node once, clients left of databases, no two cards overlapping", (file) => {
    const { design } = loadExample(file);
    const layout = autoLayout(design);
    expect(Object.keys(layout).sort()).toEqual(design.nodes.map((n) => n.id).sort());
    const xs = (kinds: string[]) => design.nodes.filter((n) => kinds.includes(n.kind)).map((n) => layout[n.id].x);
    const clients = xs(["client"]);
    const databases = xs(["sql_database", "nosql_database"]);
    expect(clients.length).toBeGreaterThan(0);
    expect(databases.length).toBeGreaterThan(0);
    expect(Math.max(...clients)).toBeLessThan(Math.min(...databases));
    const points = Object.values(layout);
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) expect(overlap(points[i], points[j])).toBe(false);
    }
  });

  it("follows the tiers and pushes a node right of a same-tier node that feeds it", () => {
    const design: Design = {
      nodes: [
        { id: "db", kind: "sql_database" },
        { id: "worker", kind: "worker" },
        { id: "queue", kind: "message_queue" },
        { id: "web", kind: "web_server" },
        { id: "users", kind: "client" },
      ],
      edges: [
        { from: "users", to: "web" },
        { from: "web", to: "queue" },
        { from: "queue", to: "worker" },
        { from: "worker", to: "db" },
      ],
    };
    const layout = autoLayout(design);
    const order = [...design.nodes].sort((a, b) => layout[a.id].x - layout[b.id].x).map((n) => n.id);
    expect(order).toEqual(["users", "web", "queue", "worker", "db"]);
    // Empty tiers (dns, load balancer) leave no empty columns.
    expect(layout.web.x - layout.users.x).toBe(layout.queue.x - layout.web.x);
  });

  it("survives a cycle between nodes of one tier", () => {
    const design: Design = {
      nodes: [
        { id: "a", kind: "web_server" },
        { id: "b", kind: "web_server" },
      ],
      edges: [
        { from: "a", to: "b" },
        { from: "b", to: "a" },
      ],
    };
    const layout = autoLayout(design);
    expect(layout.a.x).not.toBe(layout.b.x);
  });

  it("keeps each region's nodes in their own band", () => {
    const { design } = loadExample("05-stateless-two-regions.json");
    const layout = autoLayout(design);
    const ys = (region: string) => design.nodes.filter((n) => n.region === region).map((n) => layout[n.id].y);
    const [a, b] = [ys("eu-west"), ys("us-east")];
    expect(Math.max(...a) < Math.min(...b) || Math.max(...b) < Math.min(...a)).toBe(true);
    expect(Object.keys(KIND_TIER)).toHaveLength(13);
  });
});
