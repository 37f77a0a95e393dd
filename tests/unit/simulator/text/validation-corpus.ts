import { simulationLimitProblems } from "@/lib/simulator/limits";
import type { DesignDocument } from "@/lib/simulator/schema";
import { validateDesignDocument, type ValidationProblem } from "@/lib/simulator/validate";
import { ladder } from "../../simulation/ladder";

// Invalid design documents that between them raise every problem the validator and the
// simulation limits can say (graph checks, schema refinements, size limits, fan-out, layers),
// with a big number and an undefined kind among them, so the English pinned in
// validation-english-before-keys.json covers each sentence and its number formats.

const base = () => ({
  version: 1,
  requirements: { dailyActiveUsers: 1000, userRegions: ["eu"] },
  design: {
    nodes: [
      { id: "users", kind: "client" },
      { id: "web", kind: "web_server", instances: 2 },
      { id: "db", kind: "sql_database", role: "primary" },
      { id: "db-r", kind: "sql_database", role: "replica", replicaOf: "db", replication: "async" },
    ] as Record<string, unknown>[],
    edges: [
      { from: "users", to: "web" },
      { from: "web", to: "db" },
    ] as Record<string, unknown>[],
  },
  scenarios: [] as Record<string, unknown>[],
});

function graph(): unknown {
  const d = base();
  d.design.nodes.push(
    { id: "web", kind: "cache" },
    { id: "r1", kind: "sql_database", role: "replica", replicaOf: "nope" },
    { id: "r2", kind: "sql_database", role: "replica", replicaOf: "db-r" },
    { id: "r3", kind: "nosql_database", role: "replica", replicaOf: "db" },
    { id: "r4", kind: "sql_database", role: "replica" },
    { id: "big", kind: "web_server", instances: 1200 },
  );
  d.design.edges.push({ from: "web", to: "ghost" }, { from: "nobody", to: "web" }, { from: "db", to: "db" }, { from: "users", to: "web" });
  d.scenarios.push(
    { kind: "node_down", node: "ghost" },
    { kind: "instance_failure", node: "db", instances: 3 },
    { kind: "instance_failure", node: "big", instances: 1500 },
    { kind: "region_outage", region: "mars" },
  );
  return d;
}

function schema(): unknown {
  const d = base();
  d.requirements.dailyActiveUsers = -1;
  d.design.nodes[1]!.kind = "mainframe";
  d.design.nodes[1]!.colour = "red";
  d.design.nodes[0]!.memoryGb = 4;
  d.design.nodes[2]!.replicaOf = "db-r";
  d.design.nodes.push({ id: "loose", kind: 7, role: "replica", replicaOf: "missing" });
  d.design.edges.push({ from: "users", to: "loose" });
  return d;
}

function sized(what: "nodes" | "edges" | "scenarios", n: number): unknown {
  const d = base();
  if (what === "nodes") d.design.nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: "web_server" }));
  if (what === "edges") d.design.edges = Array.from({ length: n }, () => ({ from: "users", to: "web" }));
  if (what === "scenarios") d.scenarios = Array.from({ length: n }, () => ({ kind: "baseline" }));
  return d;
}

function fanOut(width: number): DesignDocument {
  const document = ladder(1);
  const extra = Array.from({ length: width }, (_, i) => ({ id: `web-${i}`, kind: "web_server" as const }));
  document.design.nodes.push(...extra);
  document.design.edges.push(...extra.map((node) => ({ from: "client", to: node.id })));
  return document;
}

function invalid(input: unknown): ValidationProblem[] {
  const result = validateDesignDocument(input);
  if (result.ok) throw new Error("a corpus document is valid");
  return result.problems;
}

/** Each case's problems, by name. */
export function validationCorpus(): Record<string, ValidationProblem[]> {
  return {
    graph: invalid(graph()),
    schema: invalid(schema()),
    "not an object": invalid(null),
    "wrong version": invalid({ ...base(), version: 2 }),
    "too many nodes": invalid(sized("nodes", 1301)),
    "too many edges": invalid(sized("edges", 1001)),
    "too many scenarios": invalid(sized("scenarios", 21)),
    "fan-out": simulationLimitProblems(fanOut(70)),
    "fan-out in the thousands": simulationLimitProblems(fanOut(1200)),
    layers: simulationLimitProblems(ladder(30)),
  };
}

/** What a reader of the English sees: path and message, nothing else. */
export function englishProblems(problems: ValidationProblem[]): { path: string; message: string }[] {
  return problems.map(({ path, message }) => ({ path, message }));
}
