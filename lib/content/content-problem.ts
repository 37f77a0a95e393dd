import YAML from "yaml";
import type { z } from "zod";
import { findUnstorable } from "./unstorable.ts";

/** One thing wrong with one content file: `path` is the field inside it ("" for the whole file). */
export type ContentProblem = { file: string; path: string; message: string };

/** `facts[2].sets.dailyActiveUsers`: the path an author can find in their YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue) =>
    // One problem per unknown field, at the field's own path, so an author can find the typo.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ file, path: formatPath([...issue.path, key]), message: `unknown field "${key}"` }))
      : [{ file, path: formatPath(issue.path), message: issue.message }],
  );
}

/**
 * Parses YAML without ever throwing: a syntax error becomes a problem that names the line,
 * so one broken file cannot take down a loader that reads a whole folder.
 */
export function parseYaml(
  file: string,
  text: string,
  /** Lines before `text` in the file (front matter starts on line 2), so reported lines match the file. */
  lineOffset = 0,
): { ok: true; value: unknown } | { ok: false; problems: ContentProblem[] } {
  // uniqueKeys: a key written twice is almost always a copy-paste slip that would silently drop data.
  // prettyErrors fills in linePos, which we report ourselves.
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const where = pos ? ` at line ${pos.line + lineOffset}, column ${pos.col}` : "";
        const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
        return { file, path: "", message: `YAML syntax error${where}: ${reason}` };
      }),
    };
  }
  let value: unknown;
  try {
    // maxAliasCount guards against alias bombs ("billion laughs") in files an instructor uploads.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [{ file, path: "", message: `YAML could not be read: ${firstLine(String(error))}` }] };
  }
  // A double-quoted "\0" or "\ud800" is valid YAML but cannot be saved (./unstorable.ts).
  const unstorable = findUnstorable(value);
  if (unstorable) {
    return { ok: false, problems: [{ file, path: formatPath(unstorable), message: "contains a NUL character or an unpaired surrogate, which cannot be stored" }] };
  }
  return { ok: true, value };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
