import crypto from "node:crypto";
import type { PromptDocument } from "@/lib/prompts/schema";

// How a prompt document is stored: without `published` and `version`, which belong to the
// version row (a draft's document would otherwise say "published: true" from its file).

export type StoredDocument = Omit<PromptDocument, "published" | "version">;

export function storedDocument(document: PromptDocument): StoredDocument {
  const { published: _published, version: _version, ...rest } = document;
  void _published;
  void _version;
  return rest;
}

/** A stable JSON form (sorted keys) so the checksum changes only when the content does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** sha-256 of the content (publishing state left out), so the same text has one checksum. */
export function contentChecksum(document: PromptDocument | StoredDocument): string {
  const { published: _p, version: _v, ...rest } = document as PromptDocument;
  void _p;
  void _v;
  return crypto.createHash("sha256").update(canonicalJson(rest)).digest("hex");
}
