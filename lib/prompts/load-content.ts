import path from "node:path";
import { parseYaml, zodProblems, type ContentProblem } from "@/lib/content/content-problem";
import { listContentFiles, readContentFile } from "@/lib/content/content-files";
import { PromptDocumentSchema, type PromptDocument } from "./schema.ts";

export type PromptProblem = ContentProblem;

/** Validates one prompt file's text; `file` only names it in problems. */
export function parsePromptText(file: string, text: string): { ok: true; prompt: PromptDocument } | { ok: false; problems: PromptProblem[] } {
  const yaml = parseYaml(file, text);
  if (!yaml.ok) return yaml;
  const parsed = PromptDocumentSchema.safeParse(yaml.value);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error) };
  return { ok: true, prompt: parsed.data };
}

/**
 * Reads every `*.yaml` prompt in `dir`. Never throws for a bad file: each problem names the file
 * and the field, and the good prompts still load. A slug used twice keeps the first file's prompt.
 */
export async function loadPromptFiles(dir: string): Promise<{ prompts: PromptDocument[]; problems: PromptProblem[] }> {
  const prompts: PromptDocument[] = [];
  const problems: PromptProblem[] = [];
  const slugOwner = new Map<string, string>();
  for (const file of await listContentFiles(dir, [".yaml", ".yml"])) {
    const result = parsePromptText(file, await readContentFile(file));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    // A prompt's file is named by its slug, as export names it: problems, seeds and links
    // between files find it by the slug alone.
    const stem = path.basename(file).replace(/\.ya?ml$/, "");
    if (stem !== result.prompt.slug) {
      problems.push({ file, path: "slug", message: `slug "${result.prompt.slug}" must match the file name ("${stem}")` });
      continue;
    }
    const owner = slugOwner.get(result.prompt.slug);
    if (owner) {
      problems.push({ file, path: "slug", message: `slug "${result.prompt.slug}" is already used by ${owner}` });
      continue;
    }
    slugOwner.set(result.prompt.slug, file);
    prompts.push(result.prompt);
  }
  return { prompts, problems };
}
