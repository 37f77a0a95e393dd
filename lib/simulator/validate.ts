import type { z } from "zod";
import { DESIGN_LIMITS, DesignDocumentSchema, type DesignDocument } from "./schema.ts";
import { issueText } from "../i18n/issue-text.ts";
import { formatText, text, type Text } from "./text.ts";

/**
 * One problem of a design document: where, its English `message` (the CLI, content checks and
 * API consumers read it) and the same words as a language-neutral `text`
 * (`simulator.validation.*`, or a zod issue's `problems.field.*`), so an API answer can say it
 * in the reader's language. The shape is a field problem (lib/errors.ts) as it is.
 */
export type ValidationProblem = { path: string; message: string; text: Text };

/** A problem whose English is its text rendered, so the two cannot drift apart. */
export function validationProblem(path: string, said: Text): ValidationProblem {
  return { path, message: formatText(said, "en"), text: said };
}

const said = (key: string, params?: Parameters<typeof text>[1]) => text(`simulator.validation.${key}`, params);
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
        problems.push(validationProblem(formatPath([...issue.path, key]), said("unknownField", { field: key })));
      }
      continue;
    }
    // The schema's sentence stays the English; the text is what other languages say.
    problems.push({ path: formatPath(issue.path), message: issue.message, text: issueText(issue) });
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
      problems.push(validationProblem(`design.nodes[${i}].id`, said("duplicateNode", { id: node.id })));
    } else {
      byId.set(node.id, node);
    }
  });
  const seenEdges = new Set<string>();
  edges.forEach((edge, i) => {
    for (const end of ["from", "to"] as const) {
      if (!byId.has(edge[end])) {
        problems.push(validationProblem(`design.edges[${i}].${end}`, said("unknownNode", { id: edge[end] })));
      }
    }
    if (edge.from === edge.to) {
      problems.push(validationProblem(`design.edges[${i}]`, said("selfEdge", { id: edge.from })));
    }
    const key = `${edge.from}\u0000${edge.to}`;
    if (seenEdges.has(key)) {
      problems.push(validationProblem(`design.edges[${i}]`, said("duplicateEdge", { from: edge.from, to: edge.to })));
    }
    seenEdges.add(key);
  });
  nodes.forEach((node, i) => {
    if (node.replicaOf !== undefined) {
      const primary = byId.get(node.replicaOf);
      if (!primary) {
        problems.push(validationProblem(`design.nodes[${i}].replicaOf`, said("replicaOfUnknown", { id: node.replicaOf })));
      } else if (primary.kind !== node.kind) {
        problems.push(
          validationProblem(
            `design.nodes[${i}].replicaOf`,
            // String(): a loose document's kind may be missing, and the English has always said so.
            said("replicaOtherKind", { primary: primary.id, primaryKind: String(primary.kind), kind: String(node.kind) }),
          ),
        );
      } else if (primary.role === "replica" || primary.replicaOf !== undefined) {
        problems.push(validationProblem(`design.nodes[${i}].replicaOf`, said("replicaOfReplica", { primary: primary.id })));
      }
    } else if (node.role === "replica") {
      problems.push(validationProblem(`design.nodes[${i}].replicaOf`, said("replicaNeedsPrimary")));
    }
  });
  const regions = new Set(nodes.map((n) => n.region).filter((r): r is string => r !== undefined));
  (doc.scenarios ?? []).forEach((scenario, i) => {
    if ((scenario.kind === "instance_failure" || scenario.kind === "node_down") && !byId.has(scenario.node)) {
      problems.push(validationProblem(`scenarios[${i}].node`, said("unknownNode", { id: scenario.node })));
    }
    if (scenario.kind === "instance_failure") {
      const target = byId.get(scenario.node);
      if (target && scenario.instances > (target.instances ?? 1)) {
        problems.push(
          validationProblem(`scenarios[${i}].instances`, said("failMoreInstances", { id: target.id, instances: target.instances ?? 1, failed: scenario.instances })),
        );
      }
    }
    if (scenario.kind === "region_outage" && !regions.has(scenario.region) && !(doc.requirements.userRegions ?? []).includes(scenario.region)) {
      problems.push(validationProblem(`scenarios[${i}].region`, said("unknownRegion", { region: scenario.region })));
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
  const check = (value: unknown, max: number, path: string, what: "nodes" | "edges" | "scenarios") => {
    if (Array.isArray(value) && value.length > max) {
      problems.push(validationProblem(path, said("tooMany", { count: value.length, what, max })));
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
