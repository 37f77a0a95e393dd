import { NodeSchema, type Design, type DesignNode } from "@/lib/simulator/schema";
import type { FieldName, FieldSpec } from "./kind-fields";

/** What the user has typed or picked, per field, before it becomes (or fails to become) the design. */
export type Drafts = Partial<Record<FieldName, string | boolean>>;

type Parsed = { ok: true; value: string | number | boolean | undefined } | { ok: false; message: string };

/** Turns one input's raw value into the node field's type; empty means "unset, use the default". */
export function parseDraft(spec: FieldSpec, raw: string | boolean): Parsed {
  if (typeof raw === "boolean") return { ok: true, value: raw };
  if (raw.trim() === "") return { ok: true, value: undefined };
  if (spec.input === "number") {
    const value = Number(raw);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: "Enter a number" };
  }
  return { ok: true, value: raw };
}

export function displayValue(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/**
 * Applies every draft to the node and validates the result with the simulator's own NodeSchema.
 * Only a fully valid candidate may reach the design; otherwise the design keeps its last valid
 * node and each field shows its own message.
 */
export function evaluateDrafts(
  node: DesignNode,
  drafts: Drafts,
  specs: readonly FieldSpec[],
  design: Design = { nodes: [node], edges: [] },
): { candidate: DesignNode; errors: Partial<Record<FieldName, string>>; valid: boolean } {
  const errors: Partial<Record<FieldName, string>> = {};
  const candidate: Record<string, unknown> = { ...node };
  for (const spec of specs) {
    const raw = drafts[spec.name];
    if (raw === undefined) continue;
    const parsed = parseDraft(spec, raw);
    if (!parsed.ok) errors[spec.name] = parsed.message;
    else if (parsed.value === undefined) delete candidate[spec.name];
    else candidate[spec.name] = parsed.value;
  }
  if (Object.keys(errors).length > 0) return { candidate: node, errors, valid: false };
  const result = NodeSchema.safeParse(candidate);
  if (result.success) {
    Object.assign(errors, replicationProblems(result.data, design));
    if (Object.keys(errors).length === 0) return { candidate: result.data, errors, valid: true };
    return { candidate: node, errors, valid: false };
  }
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FieldName | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return { candidate: node, errors, valid: false };
}

/** Nodes this node may be a replica of: same kind, not itself a replica. */
export function primaryCandidates(node: DesignNode, design: Design): DesignNode[] {
  return design.nodes.filter((n) => n.id !== node.id && n.kind === node.kind && n.role !== "replica" && n.replicaOf === undefined);
}

/**
 * The graph rules of validateDesignDocument that one node's own fields can break, checked here
 * so that an edit in the inspector never hands the board an invalid document.
 */
export function replicationProblems(node: DesignNode, design: Design): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const isReplica = node.role === "replica" || node.replicaOf !== undefined;
  if (node.replicaOf !== undefined) {
    if (!primaryCandidates(node, design).some((n) => n.id === node.replicaOf)) {
      problems.replicaOf = `"${node.replicaOf}" is not a primary ${node.kind} in this design`;
    }
  } else if (node.role === "replica") {
    problems.replicaOf = "A replica needs the primary it copies";
  }
  const dependants = design.nodes.filter((n) => n.id !== node.id && n.replicaOf === node.id).map((n) => n.id);
  if (isReplica && dependants.length > 0) {
    problems.role = `${dependants.join(", ")} replicate${dependants.length === 1 ? "s" : ""} this node, so it must stay a primary`;
  }
  return problems;
}
