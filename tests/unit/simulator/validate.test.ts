import { describe, expect, it } from "vitest";
import { validateDesignDocument } from "@/lib/simulator/validate.ts";
import { DESIGN_LIMITS } from "@/lib/simulator/schema.ts";

const valid = () => ({
  version: 1,
  requirements: { dailyActiveUsers: 1000 },
  design: {
    nodes: [
      { id: "users", kind: "client" },
      { id: "web", kind: "web_server", instances: 2 },
      { id: "db", kind: "sql_database", role: "primary" },
      { id: "db-r", kind: "sql_database", role: "replica", replicaOf: "db", replication: "async" },
    ],
    edges: [
      { from: "users", to: "web" },
      { from: "web", to: "db" },
    ],
  },
});

function problems(input: unknown) {
  const r = validateDesignDocument(input);
  if (r.ok) throw new Error("expected problems");
  return r.problems;
}

describe("validateDesignDocument", () => {
  it("accepts a valid document", () => {
    const r = validateDesignDocument(valid());
    expect(r.ok).toBe(true);
  });

  it("reports an edge to an unknown node with its path", () => {
    const d = valid();
    d.design.edges.push({ from: "web", to: "ghost" });
    expect(problems(d)).toContainEqual(expect.objectContaining({ path: "design.edges[2].to", message: 'unknown node "ghost"' }));
  });

  it("reports duplicate ids", () => {
    const d = valid();
    d.design.nodes.push({ id: "web", kind: "cache" } as never);
    expect(problems(d).map((p) => p.path)).toContain("design.nodes[4].id");
  });

  it.each([
    ["negative", -5],
    ["infinite", Infinity],
    ["NaN", NaN],
  ])("rejects a %s number with its path", (_label, value) => {
    const d = valid();
    (d.requirements as Record<string, number>).dailyActiveUsers = value;
    expect(problems(d).map((p) => p.path)).toContain("requirements.dailyActiveUsers");
  });

  it("rejects an unknown kind and an unknown field, each with its path", () => {
    const d = valid();
    (d.design.nodes[1] as Record<string, unknown>).kind = "mainframe";
    (d.design.nodes[2] as Record<string, unknown>).colour = "red";
    const paths = problems(d).map((p) => p.path);
    expect(paths).toContain("design.nodes[1].kind");
    expect(paths).toContain("design.nodes[2].colour");
  });

  it("rejects a field that belongs to another kind", () => {
    const d = valid();
    (d.design.nodes[1] as Record<string, unknown>).memoryGb = 4;
    expect(problems(d).map((p) => p.path)).toContain("design.nodes[1].memoryGb");
  });

  it("rejects a replica of a missing primary and of a replica", () => {
    const d = valid();
    d.design.nodes.push({ id: "r2", kind: "sql_database", role: "replica", replicaOf: "nope" } as never);
    d.design.nodes.push({ id: "r3", kind: "sql_database", role: "replica", replicaOf: "db-r" } as never);
    const ps = problems(d);
    expect(ps).toContainEqual(expect.objectContaining({ path: "design.nodes[4].replicaOf", message: 'replica of unknown node "nope"' }));
    expect(ps.map((p) => p.path)).toContain("design.nodes[5].replicaOf");
  });

  it("reports every problem at once: schema and graph together", () => {
    const d = valid();
    (d.requirements as Record<string, number>).dailyActiveUsers = -1;
    d.design.edges.push({ from: "nobody", to: "web" });
    const paths = problems(d).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["requirements.dailyActiveUsers", "design.edges[2].from"]));
  });

  it("enforces the limits of 300 nodes, 1000 edges and 20 scenarios", () => {
    const nodes = Array.from({ length: DESIGN_LIMITS.nodes + 1 }, (_, i) => ({ id: `n${i}`, kind: "web_server" }));
    expect(problems({ ...valid(), design: { nodes, edges: [] } })).toEqual([expect.objectContaining({ path: "design.nodes", message: "301 nodes; at most 300 are allowed" })]);
    const edges = Array.from({ length: DESIGN_LIMITS.edges + 1 }, () => ({ from: "users", to: "web" }));
    expect(problems({ ...valid(), design: { nodes: valid().design.nodes, edges } })[0].path).toBe("design.edges");
    const scenarios = Array.from({ length: DESIGN_LIMITS.scenarios + 1 }, () => ({ kind: "baseline" }));
    expect(problems({ ...valid(), scenarios })[0].path).toBe("scenarios");
  });

  it("checks scenario targets", () => {
    const d = { ...valid(), scenarios: [{ kind: "node_down", node: "ghost" }, { kind: "instance_failure", node: "web", instances: 3 }] };
    const paths = problems(d).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["scenarios[0].node", "scenarios[1].instances"]));
  });

  it("answers non-objects and wrong versions with problems, not exceptions", () => {
    expect(problems(null).length).toBeGreaterThan(0);
    expect(problems({ ...valid(), version: 2 }).map((p) => p.path)).toContain("version");
  });
});
