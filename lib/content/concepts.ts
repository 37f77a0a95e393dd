import path from "node:path";
import { z } from "zod";
import { parseYaml, zodProblems, type ContentProblem } from "./content-problem.ts";
import { listContentFiles, readContentFile } from "./content-files.ts";

/**
 * The concept ids the simulator may put in a finding or a score criterion (DESIGN.md, "Severities
 * ... Concepts are stable ids"). Every one of them must have a note, or a report links to nothing.
 */
export const SIMULATOR_CONCEPT_IDS = [
  "single-point-of-failure",
  "stateless-web-tier",
  "sticky-sessions",
  "database-replication",
  "replication-lag",
  "cache",
  "cache-eviction",
  "cdn",
  "load-balancer",
  "message-queue",
  "sharding",
  "celebrity-problem",
  "multi-data-center",
  "geo-routing",
  "logging-metrics",
  "vertical-scaling",
  "horizontal-scaling",
  "back-of-the-envelope",
] as const;

/** Every concept note the product ships: the simulator's ids plus notes the interview and report link to. */
export const CONCEPT_IDS = [
  ...SIMULATOR_CONCEPT_IDS,
  "cache-stampede",
  "over-engineering",
  "availability-nines",
  "capacity-planning",
  "four-step-framework",
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ConceptFrontMatterSchema = z.strictObject({
  id: z.string().regex(KEBAB, "id must be kebab-case, e.g. cache-eviction"),
  title: z.string().trim().min(1, "title is required").max(120),
  summary: z.string().trim().min(1, "summary is required").max(300),
});

export const ConceptSchema = ConceptFrontMatterSchema.extend({
  /** Markdown after the front matter. */
  body: z.string().trim().min(1, "the note has no text after its front matter"),
});

export type Concept = z.infer<typeof ConceptSchema>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one note; `file` names it in problems and its base name must equal the id. */
export function parseConcept(file: string, text: string): { ok: true; concept: Concept } | { ok: false; problems: ContentProblem[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { ok: false, problems: [{ file, path: "", message: "expected YAML front matter between two --- lines at the top" }] };
  }
  const yaml = parseYaml(file, match[1], 1);
  if (!yaml.ok) return yaml;
  const front = typeof yaml.value === "object" && yaml.value !== null ? yaml.value : {};
  const parsed = ConceptSchema.safeParse({ ...front, body: match[2] });
  if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error) };
  const expectedId = path.basename(file, ".md");
  if (parsed.data.id !== expectedId) {
    return { ok: false, problems: [{ file, path: "id", message: `id "${parsed.data.id}" must match the file name "${expectedId}"` }] };
  }
  return { ok: true, concept: parsed.data };
}

/** Reads every `*.md` note in `dir`; a bad note is reported, never thrown. */
export async function loadConcepts(dir: string): Promise<{ concepts: Concept[]; problems: ContentProblem[] }> {
  const concepts: Concept[] = [];
  const problems: ContentProblem[] = [];
  for (const file of await listContentFiles(dir, [".md"])) {
    const result = parseConcept(file, await readContentFile(file));
    if (result.ok) concepts.push(result.concept);
    else problems.push(...result.problems);
  }
  return { concepts, problems };
}

export function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}
