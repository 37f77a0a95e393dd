import { z } from "zod";

// The catalogue's filters arrive as GET query params, i.e. anything a user or a stale link can
// type. Each param is checked on its own and a bad one is dropped, so a typo in one filter
// never hides the page or the other filters.

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const SEARCH_MAX_CHARS = 100;

/** `?topic=a&topic=b` arrives as an array; the form sends one value, so keep the first. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
/** An empty field (the form's "Any") means "no filter", not an invalid value. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => blankToUndefined(firstValue(value)), schema.optional()).catch(undefined);

export const CatalogFiltersSchema = z.object({
  difficulty: param(z.enum(DIFFICULTIES)),
  topic: param(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60)),
  q: param(z.string().trim().max(SEARCH_MAX_CHARS)),
});
export type CatalogFilters = z.infer<typeof CatalogFiltersSchema>;

/** Parses Next's `searchParams` (or any record); never throws, unknown params are ignored. */
export function parseCatalogFilters(params: Record<string, string | string[] | undefined> | null | undefined): CatalogFilters {
  const result = CatalogFiltersSchema.safeParse(params ?? {});
  return result.success ? result.data : {};
}

export type FilterablePrompt = { title: string; summary: string; difficulty: string; topics: string[] };

/**
 * The prompts that pass every given filter. Free text matches when each of its words appears
 * in the title, the summary or a topic (case-insensitive), so "url cache" narrows rather than widens.
 */
export function filterPrompts<P extends FilterablePrompt>(prompts: readonly P[], filters: CatalogFilters): P[] {
  const terms = (filters.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return prompts.filter((prompt) => {
    if (filters.difficulty && prompt.difficulty !== filters.difficulty) return false;
    if (filters.topic && !prompt.topics.includes(filters.topic)) return false;
    if (terms.length === 0) return true;
    const haystack = [prompt.title, prompt.summary, ...prompt.topics, ...prompt.topics.map((t) => t.replaceAll("-", " "))]
      .join("\n")
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}

/** Every topic used by the prompts, sorted, for the topic select. */
export function topicsOf(prompts: readonly FilterablePrompt[]): string[] {
  return [...new Set(prompts.flatMap((p) => p.topics))].sort();
}

/** True when any filter is set, so the page can tell "nothing matches" from "nothing loaded". */
export function hasFilters(filters: CatalogFilters): boolean {
  return Boolean(filters.difficulty || filters.topic || filters.q);
}
