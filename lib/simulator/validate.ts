import type { z } from "zod";
import { DESIGN_LIMITS, DesignDocumentSchema, type DesignDocument } from "./schema.ts";
import { count } from "./words.ts";

export type ValidationProblem = { path: string; message: string };
export type ValidationResult =
  | { ok: true; document: DesignDocument }
  | { ok: false; problems: ValidationProblem[] };

/** Renders a zod path as the JSON path users see: `design.edges[3].to`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(document)" : out;
}

function issueProblems(issues: readonly z.core.$ZodIssue[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // One problem per unknown field, each with its own path, so an editor can point at it.
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` });
      }
      continue;
    }
    problems.push({ path: formatPath(issue.path), message: issue.message });
  }
  return problems;
}

/** Checks that need the whole graph: ids, edge ends, replicas and scenario targets. */
function graphProblems(doc: DesignDocument): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { nodes, edges } = doc.design;
  const byId = new Map<string, (typeof nodes)[number]>();
  nodes.forEach((node, i) => {
    if (byId.has(node.id)) {
      problems.push({ path: `design.nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    } else {
      byId.set(node.id, node);
    }
  });
  const seenEdges = new Set<string>();
  edges.forEach((edge, i) => {
    for (const end of ["from", "to"] as const) {
      if (!byId.has(edge[end])) {
        problems.push({ path: `design.edges[${i}].${end}`, message: `unknown node "${edge[end]}"` });
      }
    }
    if (edge.from === edge.to) {
      problems.push({ path: `design.edges[${i}]`, message: `edge from "${edge.from}" to itself` });
    }
    const key = `${edge.from}\u0000${edge.to}`;
    if (seenEdges.has(key)) {
      problems.push({ path: `design.edges[${i}]`, message: `duplicate edge ${edge.from} -> ${edge.to}` });
    }
    seenEdges.add(key);
  });
  nodes.forEach((node, i) => {
    if (node.replicaOf !== undefined) {
      const primary = byId.get(node.replicaOf);
      if (!primary) {
        problems.push({ path: `design.nodes[${i}].replicaOf`, message: `replica of unknown node "${node.replicaOf}"` });
      } else if (primary.kind !== node.kind) {
        problems.push({
          path: `design.nodes[${i}].replicaOf`,
          message: `replica of "${primary.id}", a ${primary.kind}, but this node is a ${node.kind}`,
        });
      } else if (primary.role === "replica" || primary.replicaOf !== undefined) {
        problems.push({ path: `design.nodes[${i}].replicaOf`, message: `"${primary.id}" is itself a replica, not a primary` });
      }
    } else if (node.role === "replica") {
      problems.push({ path: `design.nodes[${i}].replicaOf`, message: "a replica needs replicaOf (the id of its primary)" });
    }
  });
  const regions = new Set(nodes.map((n) => n.region).filter((r): r is string => r !== undefined));
  (doc.scenarios ?? []).forEach((scenario, i) => {
    if ((scenario.kind === "instance_failure" || scenario.kind === "node_down") && !byId.has(scenario.node)) {
      problems.push({ path: `scenarios[${i}].node`, message: `unknown node "${scenario.node}"` });
    }
    if (scenario.kind === "instance_failure") {
      const target = byId.get(scenario.node);
      if (target && scenario.instances > (target.instances ?? 1)) {
        problems.push({
          path: `scenarios[${i}].instances`,
          message: `"${target.id}" has ${count(target.instances ?? 1, "instance")}; cannot fail ${scenario.instances}`,
        });
      }
    }
    if (scenario.kind === "region_outage" && !regions.has(scenario.region) && !(doc.requirements.userRegions ?? []).includes(scenario.region)) {
      problems.push({ path: `scenarios[${i}].region`, message: `no node or user region is "${scenario.region}"` });
    }
  });
  return problems;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * A best-effort view of an invalid document for the graph checks: fields of the wrong type become
 * undefined (zod reports those), indices are kept so paths stay right.
 */
function looseDocument(input: unknown): DesignDocument {
  const doc = isRecord(input) ? input : {};
  const design = isRecord(doc.design) ? doc.design : {};
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (isRecord(x) ? x : {})) : []);
  const nodes = list(design.nodes).map((n) => ({
    id: asString(n.id) ?? "",
    kind: asString(n.kind),
    role: asString(n.role),
    replicaOf: asString(n.replicaOf),
    region: asString(n.region),
    instances: typeof n.instances === "number" ? n.instances : undefined,
  }));
  const edges = list(design.edges).map((e) => ({ from: asString(e.from) ?? "", to: asString(e.to) ?? "" }));
  const scenarios = list(doc.scenarios);
  const requirements = isRecord(doc.requirements) ? doc.requirements : {};
  const userRegions = Array.isArray(requirements.userRegions) ? requirements.userRegions.filter((r) => typeof r === "string") : [];
  return { version: 1, requirements: { userRegions }, design: { nodes, edges }, scenarios } as unknown as DesignDocument;
}

/** Limits first and alone: a 10 000-node document should not produce 10 000 problems. */
function limitProblems(input: unknown): ValidationProblem[] {
  if (typeof input !== "object" || input === null) return [];
  const doc = input as { design?: { nodes?: unknown; edges?: unknown }; scenarios?: unknown };
  const problems: ValidationProblem[] = [];
  const check = (value: unknown, max: number, path: string, what: string) => {
    if (Array.isArray(value) && value.length > max) {
      problems.push({ path, message: `${value.length} ${what}; at most ${max} are allowed` });
    }
  };
  check(doc.design?.nodes, DESIGN_LIMITS.nodes, "design.nodes", "nodes");
  check(doc.design?.edges, DESIGN_LIMITS.edges, "design.edges", "edges");
  check(doc.scenarios, DESIGN_LIMITS.scenarios, "scenarios", "scenarios");
  return problems;
}

export function validateDesignDocument(input: unknown): ValidationResult {
  const limits = limitProblems(input);
  if (limits.length > 0) return { ok: false, problems: limits };
  const parsed = DesignDocumentSchema.safeParse(input);
  if (!parsed.success) {
    // Still report the graph problems of the parts that do parse, so one run lists everything.
    const problems = issueProblems(parsed.error.issues);
    const seen = new Set(problems.map((p) => p.path));
    for (const p of graphProblems(looseDocument(input))) if (!seen.has(p.path)) problems.push(p);
    return { ok: false, problems };
  }
  const problems = graphProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: parsed.data };
}
