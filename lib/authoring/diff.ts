// What changed between two versions of a prompt, field by field, for the version history.
//
// Objects are compared key by key; lists whose items all carry a string `id` (facts, the
// reference design's nodes) are matched by id, so inserting a fact reports one added fact
// rather than every later fact as changed; other lists of objects (probes, curveballs) by
// position; lists of plain values (topics, phrasings) are one field, shown whole.

export type FieldChange = {
  /** `facts[dau].answer`, `probes[1].ask`, `topics`: where the change is. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
};

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasIds(list: readonly Json[]): list is Record<string, Json>[] {
  return list.length > 0 && list.every((item) => isObject(item) && typeof item.id === "string");
}

function same(a: Json, b: Json): boolean {
  return canonical(a) === canonical(b);
}

/** Key order does not count as a change (a YAML round trip may reorder keys). */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

const join = (base: string, key: string) => (base === "" ? key : `${base}.${key}`);

function walk(before: Json, after: Json, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (before === undefined) {
    out.push({ path, kind: "added", after });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: "removed", before });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) walk(before[key], after[key], join(path, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (hasIds(before) && hasIds(after)) {
      const beforeById = new Map(before.map((item) => [item.id as string, item]));
      const afterById = new Map(after.map((item) => [item.id as string, item]));
      for (const item of before) {
        const id = item.id as string;
        walk(item, afterById.get(id), `${path}[${id}]`, out);
      }
      for (const item of after) {
        const id = item.id as string;
        if (!beforeById.has(id)) out.push({ path: `${path}[${id}]`, kind: "added", after: item });
      }
      return;
    }
    if (before.some(isObject) || after.some(isObject)) {
      const length = Math.max(before.length, after.length);
      for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}[${i}]`, out);
      return;
    }
  }
  out.push({ path, kind: "changed", before, after });
}

/** Every field that differs between two prompt documents, in document order. */
export function diffDocuments(before: Json, after: Json): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, "", out);
  return out;
}
