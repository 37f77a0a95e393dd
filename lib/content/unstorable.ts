// PostgreSQL cannot store NUL or a lone UTF-16 surrogate in text or jsonb: writing one fails at
// the database (a 500). Every way text comes in (a JSON body, a YAML file whose "\ud800" escape
// makes a lone surrogate) checks with this before anything is saved.

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/**
 * The path of the first string or key in `value` PostgreSQL cannot store, or null. Each object is
 * read once: YAML anchors make shared and even circular structures ("a: &a [*a]").
 */
export function findUnstorable(value: unknown, path: PropertyKey[] = [], seen = new Set<object>()): PropertyKey[] | null {
  if (typeof value === "string") return isUnstorable(value) ? path : null;
  if (value === null || typeof value !== "object" || seen.has(value)) return null;
  seen.add(value);
  // YAML's !!set and !!omap come as a Set and a Map, whose members Object.entries does not list.
  const entries: [unknown, unknown][] =
    value instanceof Map ? [...value] : Array.isArray(value) || value instanceof Set ? [...value].map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === "string" && isUnstorable(key)) return [...path, key];
    if (typeof key === "object" && key !== null) {
      const inKey = findUnstorable(key, [...path, "(key)"], seen);
      if (inKey) return inKey;
    }
    const found = findUnstorable(item, [...path, typeof key === "number" || typeof key === "string" ? key : "(key)"], seen);
    if (found) return found;
  }
  return null;
}
