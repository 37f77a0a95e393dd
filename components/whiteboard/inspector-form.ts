import { NodeSchema, type Design, type DesignNode } from "@/lib/simulator/schema";
import type { FieldName, FieldSpec } from "./kind-fields";
import { groupedNumber, type Words } from "./words";

/** What the user has typed or picked, per field, before it becomes (or fails to become) the design. */
export type Drafts = Partial<Record<FieldName, string | boolean>>;

type Parsed = { ok: true; value: string | number | boolean | undefined } | { ok: false; message: string | null };

/** Turns one input's raw value into the node field's type; empty means "unset, use the default". */
export function parseDraft(spec: FieldSpec, raw: string | boolean): Parsed {
  if (typeof raw === "boolean") return { ok: true, value: raw };
  if (raw.trim() === "") return { ok: true, value: undefined };
  if (spec.input === "number") {
    const value = Number(raw);
    // No message of its own: fieldMessage says what the field allows.
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: null };
  }
  return { ok: true, value: raw };
}

export function displayValue(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/** The field's label without its unit: "Capacity per instance (req/s)" → "Capacity per instance". */
function plainLabel(spec: FieldSpec, { t }: Words): string {
  return t(`fields.${spec.name}.plain`);
}

/**
 * What a number field allows, in words, read from the simulator's own schema so the sentence
 * cannot drift from the rule: "a whole number from 1 to 10 000", "a number greater than 0".
 */
export function numberRule(name: FieldName, words: Words): string | null {
  const { t } = words;
  const grouped = (value: number) => groupedNumber(value, words.locale);
  type Check = { _zod: { def: { check?: string; format?: string; value?: unknown; inclusive?: boolean } } };
  const field = (NodeSchema.shape as Record<string, { unwrap?: () => unknown } | undefined>)[name];
  const inner = field?.unwrap?.() as { def?: { type?: string; checks?: Check[] } } | undefined;
  if (inner?.def?.type !== "number") return null;
  const checks = (inner.def.checks ?? []).map((check) => check._zod.def);
  const whole = checks.some((check) => check.check === "number_format" && /int/.test(String(check.format)));
  const bound = (kind: string) => {
    const check = checks.find((entry) => entry.check === kind && typeof entry.value === "number");
    return check ? { value: check.value as number, inclusive: check.inclusive === true } : undefined;
  };
  const low = bound("greater_than");
  const high = bound("less_than");
  const noun = t(whole ? "rules.wholeNumber" : "rules.number");
  if (low?.inclusive && high?.inclusive) return t("rules.range", { noun, low: grouped(low.value), high: grouped(high.value) });
  const parts: string[] = [];
  if (low) parts.push(t(low.inclusive ? "rules.atLeast" : "rules.greaterThan", { value: grouped(low.value) }));
  if (high) parts.push(t(high.inclusive ? "rules.atMost" : "rules.lessThan", { value: grouped(high.value) }));
  if (parts.length === 0) return noun;
  const bounds = parts.length === 2 ? t("rules.and", { first: parts[0], second: parts[1] }) : parts[0];
  return t("rules.bounded", { noun, bounds });
}

/** The message a person reads for a rejected value: what is allowed, not the validator's words. */
export function fieldMessage(spec: FieldSpec, validatorMessage: string | null, words: Words): string {
  const { t } = words;
  const rule = spec.input === "number" ? numberRule(spec.name, words) : null;
  if (rule) return t("errors.mustBe", { field: plainLabel(spec, words), rule });
  if (validatorMessage === null) return t("errors.notANumber");
  if (spec.input === "text" && /too_big|at most|<=|too long/i.test(validatorMessage)) return t("errors.tooLong", { field: plainLabel(spec, words) });
  if (spec.input === "text" && /too_small|at least|>=|too short/i.test(validatorMessage)) return t("errors.empty", { field: plainLabel(spec, words) });
  return validatorMessage;
}

/**
 * Applies the drafts to the node field by field, each checked with the simulator's own
 * NodeSchema and the replication rules: a valid change is kept even while another field is
 * invalid, so a typo in one box never throws away what was typed in another. Fields that only
 * make sense together (role "replica" and its primary) are retried until nothing more applies.
 * `changed` says whether the candidate differs from the node; `valid` that no draft was refused.
 */
export function evaluateDrafts(
  node: DesignNode,
  drafts: Drafts,
  specs: readonly FieldSpec[],
  words: Words,
  design: Design = { nodes: [node], edges: [] },
): { candidate: DesignNode; errors: Partial<Record<FieldName, string>>; valid: boolean; changed: boolean } {
  let candidate: DesignNode = node;
  let errors: Partial<Record<FieldName, string>> = {};
  let waiting = specs.filter((spec) => drafts[spec.name] !== undefined);
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    errors = {};
    const refused: FieldSpec[] = [];
    for (const spec of waiting) {
      const parsed = parseDraft(spec, drafts[spec.name]!);
      if (!parsed.ok) {
        errors[spec.name] = fieldMessage(spec, parsed.message, words);
        refused.push(spec);
        continue;
      }
      const trial: Record<string, unknown> = { ...candidate };
      if (parsed.value === undefined) delete trial[spec.name];
      else trial[spec.name] = parsed.value;
      const result = NodeSchema.safeParse(trial);
      if (!result.success) {
        const issue = result.error.issues.find((entry) => entry.path[0] === spec.name) ?? result.error.issues[0];
        errors[spec.name] = fieldMessage(spec, issue.message, words);
        refused.push(spec);
        continue;
      }
      // A broken replication rule is shown on the field it names (a replica's missing primary
      // on "Replica of"), and the draft waits for the other field that may fix it.
      const broken = Object.entries(replicationProblems(result.data, design, words)) as [FieldName, string][];
      if (broken.length > 0) {
        for (const [ruleField, ruleMessage] of broken) errors[specs.some((other) => other.name === ruleField) ? ruleField : spec.name] ??= ruleMessage;
        refused.push(spec);
        continue;
      }
      candidate = result.data;
      progress = true;
    }
    waiting = refused;
  }
  const changed = JSON.stringify(candidate) !== JSON.stringify(node);
  return { candidate, errors, valid: Object.keys(errors).length === 0, changed };
}

/** Nodes this node may be a replica of: same kind, not itself a replica. */
export function primaryCandidates(node: DesignNode, design: Design): DesignNode[] {
  return design.nodes.filter((n) => n.id !== node.id && n.kind === node.kind && n.role !== "replica" && n.replicaOf === undefined);
}

/**
 * The graph rules of validateDesignDocument that one node's own fields can break, checked here
 * so that an edit in the inspector never hands the board an invalid document.
 */
export function replicationProblems(node: DesignNode, design: Design, { t }: Words): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const isReplica = node.role === "replica" || node.replicaOf !== undefined;
  if (node.replicaOf !== undefined) {
    if (!primaryCandidates(node, design).some((n) => n.id === node.replicaOf)) {
      problems.replicaOf = t("errors.notPrimary", { id: node.replicaOf, noun: t(`kinds.${node.kind}.noun`) });
    }
  } else if (node.role === "replica") {
    problems.replicaOf = t("errors.replicaNeedsPrimary");
  }
  const dependants = design.nodes.filter((n) => n.id !== node.id && n.replicaOf === node.id).map((n) => n.id);
  if (isReplica && dependants.length > 0) {
    problems.role = t("errors.mustStayPrimary", { nodes: dependants.join(", "), count: dependants.length });
  }
  return problems;
}
