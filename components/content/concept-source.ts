import "server-only";
import path from "node:path";
import { cache } from "react";
import { loadConcepts, type Concept } from "@/lib/content/concepts";

// The concept pages read the notes from content/ once per request (React cache), so the index,
// a note and its metadata share one read. A note that fails validation is left out here; the
// content tests fail CI on it.

export const loadConceptNotes = cache(async (): Promise<Concept[]> => {
  const { concepts } = await loadConcepts(path.join(process.cwd(), "content/concepts"));
  return [...concepts].sort((a, b) => a.title.localeCompare(b.title));
});

export const findConceptNote = cache(async (id: string): Promise<Concept | null> => {
  return (await loadConceptNotes()).find((c) => c.id === id) ?? null;
});
