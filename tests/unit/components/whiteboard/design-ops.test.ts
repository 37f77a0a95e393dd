import { describe, expect, it } from "vitest";
import { DESIGN_LIMITS } from "@/lib/simulator/schema";
import { validateDesignDocument } from "@/lib/simulator/validate";
import { addEdge, addNode, edgeKey, moveNodes, removeEdges, removeNodes } from "@/components/whiteboard/design-ops";
import type { BoardValue } from "@/components/whiteboard/types";

const empty: BoardValue = { design: { nodes: [], edges: [] }, layout: {} };

function expectValid(value: BoardValue) {
  const result = validateDesignDocument({ version: 1, requirements: {}, design: value.design });
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(Object.keys(value.layout).sort()).toEqual(value.design.nodes.map((n) => n.id).sort());
}

const replicated: BoardValue = {
  design: {
    nodes: [
      { id: "web", kind: "web_server" },
      { id: "db", kind: "sql_database", role: "primary" },
      { id: "db-r1", kind: "sql_database", role: "replica", replicaOf: "db", replication: "async" },
    ],
    edges: [
      { from: "web", to: "db" },
      { from: "web", to: "db-r1" },
    ],
  },
  layout: { web: { x: 0, y: 0 }, db: { x: 300, y: 0 }, "db-r1": { x: 300, y: 120 } },
};

describe("design operations", () => {
  it("adds nodes with free ids and positions, keeping the document valid", () => {
    const a = addNode(empty, "load_balancer");
    const b = addNode(a.value, "load_balancer");
    expect([a.id, b.id]).toEqual(["lb", "lb-2"]);
    expect(b.value.layout.lb).not.toEqual(b.value.layout["lb-2"]);
    expectValid(b.value);
  });

  it("connects two nodes once, never to itself or to a missing node", () => {
    const withNodes = addNode(addNode(empty, "load_balancer").value, "web_server").value;
    const linked = addEdge(withNodes, "lb", "web");
    expect(linked?.design.edges).toEqual([{ from: "lb", to: "web" }]);
    expect(addEdge(linked!, "lb", "web")).toBeNull();
    expect(addEdge(linked!, "lb", "lb")).toBeNull();
    expect(addEdge(linked!, "lb", "ghost")).toBeNull();
    const full = { ...linked!, design: { ...linked!.design, edges: Array.from({ length: DESIGN_LIMITS.edges }, () => ({ from: "lb", to: "web" })) } };
    expect(addEdge(full, "web", "lb")).toBeNull();
    expectValid(linked!);
  });

  it("removing a node removes its edges and position, and demotes its replicas", () => {
    const next = removeNodes(replicated, ["db"]);
    expect(next.design.nodes.map((n) => n.id)).toEqual(["web", "db-r1"]);
    expect(next.design.edges).toEqual([{ from: "web", to: "db-r1" }]);
    expect(next.design.nodes[1]).toEqual({ id: "db-r1", kind: "sql_database", replication: "async" });
    expectValid(replicated);
    expectValid(next);
  });

  it("removes edges by key and moves nodes without touching the design", () => {
    const next = removeEdges(replicated, [edgeKey({ from: "web", to: "db-r1" })]);
    expect(next.design.edges).toEqual([{ from: "web", to: "db" }]);
    const moved = moveNodes(next, { web: { x: 5, y: 6 } });
    expect(moved.layout.web).toEqual({ x: 5, y: 6 });
    expect(moved.layout.db).toEqual(replicated.layout.db);
    expect(moved.design).toBe(next.design);
  });
});
