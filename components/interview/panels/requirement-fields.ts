import { REQUIREMENT_FIELDS, RequirementsSchema, type RequirementField } from "@/lib/simulator/schema";
import type { Translate } from "@/lib/i18n/translate";
import { parseQuantity } from "./format";

// How the requirements sheet shows and reads each non-functional requirement. Labels are the
// names end-to-end tests look fields up by; keep them as they are. They are the English copy:
// the sheet shows interview.requirements.fields.<field> in the visitor's language.

export type FieldKind = "number" | "list" | "choice";

export const REQUIREMENT_FIELD_UI: Record<RequirementField, { label: string; hint: string; kind: FieldKind }> = {
  dailyActiveUsers: { label: "Daily active users", hint: "e.g. 10M", kind: "number" },
  readsPerUserPerDay: { label: "Reads per user per day", hint: "requests", kind: "number" },
  writesPerUserPerDay: { label: "Writes per user per day", hint: "requests", kind: "number" },
  peakToAverageRatio: { label: "Peak-to-average ratio", hint: "1–1000, usually 2", kind: "number" },
  bytesPerRead: { label: "Bytes per read", hint: "response size, e.g. 2KB", kind: "number" },
  bytesPerWrite: { label: "Bytes per write", hint: "stored per write, e.g. 1KB", kind: "number" },
  mediaShareOfWrites: { label: "Media share of writes", hint: "0–1", kind: "number" },
  bytesPerMedia: { label: "Bytes per media item", hint: "e.g. 1MB", kind: "number" },
  slowWorkMsPerWrite: { label: "Slow work per write (ms)", hint: "provider calls, fan-out; 0 if none", kind: "number" },
  retentionYears: { label: "Retention (years)", hint: "0–100", kind: "number" },
  staticShareOfReads: { label: "Static share of reads", hint: "0–1", kind: "number" },
  latencyP99Ms: { label: "p99 latency SLO (ms)", hint: "dynamic requests", kind: "number" },
  availabilityTarget: { label: "Availability target", hint: "below 1, e.g. 0.9999", kind: "number" },
  userRegions: { label: "User regions", hint: "comma-separated, e.g. us-east, eu-west", kind: "list" },
  consistency: { label: "Consistency", hint: "", kind: "choice" },
  hotKeyShareOfReads: { label: "Hot key share of reads", hint: "0–1, the single hottest key", kind: "number" },
};

export const NON_FUNCTIONAL_FIELDS: readonly RequirementField[] = REQUIREMENT_FIELDS;

export type RequirementValue = number | string | string[];
export type DraftResult = { ok: true; value: RequirementValue | null } | { ok: false; message: string };

/** What the sheet shows for a stored value. */
export function displayRequirement(value: RequirementValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/**
 * Reads what the candidate typed into a field and checks it against the simulator's own schema
 * for that field, so nothing the simulator would reject is ever sent. Empty text clears (null).
 */
export function readRequirementDraft(field: RequirementField, text: string, t: Translate): DraftResult {
  const kind = REQUIREMENT_FIELD_UI[field].kind;
  let value: RequirementValue | null;
  if (kind === "number") {
    const parsed = parseQuantity(text, t);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  } else if (kind === "list") {
    const items = text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    value = items.length > 0 ? items : null;
  } else {
    value = text.trim() === "" ? null : text.trim();
  }
  if (value === null) return { ok: true, value: null };
  const checked = RequirementsSchema.shape[field].safeParse(value);
  if (!checked.success) return { ok: false, message: describeIssue(checked.error.issues[0], t) };
  return { ok: true, value };
}

type Issue = { code: string; message: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string };

/** zod's messages ("Too big: expected number to be <=1") in the sheet's own words. */
function describeIssue(issue: Issue | undefined, t: Translate): string {
  if (!issue) return t("requirements.issues.invalid");
  const bound = (value: unknown) => ({ value: String(value) });
  if (issue.code === "too_small" && issue.origin === "number") {
    return t(issue.inclusive === false ? "requirements.issues.moreThan" : "requirements.issues.atLeast", bound(issue.minimum));
  }
  if (issue.code === "too_big" && issue.origin === "number") {
    return t(issue.inclusive === false ? "requirements.issues.lessThan" : "requirements.issues.atMost", bound(issue.maximum));
  }
  if (issue.code === "too_big" && issue.origin === "array") return t("requirements.issues.maxRegions", { max: String(issue.maximum) });
  if (issue.code === "too_big" && issue.origin === "string") return t("requirements.issues.regionChars", { max: String(issue.maximum) });
  return issue.message;
}

/** Same value, so leaving a field untouched sends nothing. */
export function sameRequirement(a: RequirementValue | null | undefined, b: RequirementValue | null | undefined): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (b === undefined || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}
