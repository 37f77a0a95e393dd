import YAML from "yaml";
import { parsePromptText, type PromptProblem } from "@/lib/prompts/load-content";
import type { PromptDocument } from "@/lib/prompts/schema";

// A prompt's YAML file is the same format as content/prompts/*.yaml, so an exported prompt can
// be committed to content/ as is, and any content file can be imported in the app.

/** The largest file accepted for import (the biggest content file is ~20 KiB). */
export const MAX_IMPORT_BYTES = 256 * 1024;

/** The file for one version; `published` says whether that version is the one in the catalogue. */
export function exportPromptYaml(document: PromptDocument, published: boolean): string {
  const { version: _version, published: _published, ...rest } = document;
  void _version;
  void _published;
  // lineWidth 0: long answers stay on one line, so a diff of the file shows what changed.
  return YAML.stringify({ ...rest, published }, { lineWidth: 0 });
}

/** Validates an uploaded file: the prompt, or every problem named by its field path. */
export function importPromptYaml(text: string, file = "upload.yaml"): { ok: true; prompt: PromptDocument } | { ok: false; problems: PromptProblem[] } {
  if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ file, path: "", message: `the file is larger than ${MAX_IMPORT_BYTES / 1024} KiB` }] };
  }
  return parsePromptText(file, text);
}

/** The file name an export is saved under. */
export function exportFileName(slug: string, version: number): string {
  return `${slug}.v${version}.yaml`;
}
