import "server-only";
import path from "node:path";
import { cache } from "react";
import { localizeConcept, localizeConcepts, loadConceptsIn, type LocalizedConcept } from "@/lib/content/concept-translations";
import type { Concept } from "@/lib/content/concepts";
import { asLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";

// The concept pages read the notes from content/ once per request (React cache), so the index,
// a note and its metadata share one read. A note that fails validation is left out here; the
// content tests fail CI on it. A translation that is missing or invalid falls back to English.

const CONCEPTS_ROOT = path.join(process.cwd(), "content/concepts");

const notesIn = cache(async (locale: Locale): Promise<Concept[]> => (await loadConceptsIn(CONCEPTS_ROOT, locale)).concepts);

/** The English notes: the canonical set of ids (static params, links from reports). */
export const loadConceptNotes = cache(async (): Promise<Concept[]> => {
  return [...(await notesIn(defaultLocale))].sort((a, b) => a.title.localeCompare(b.title, defaultLocale));
});

export const findConceptNote = cache(async (id: string): Promise<Concept | null> => {
  return (await loadConceptNotes()).find((c) => c.id === id) ?? null;
});

/** Every note in `requested`, English where a translation is missing, sorted by displayed title. */
export const loadLocalizedConceptNotes = cache(async (requested: string): Promise<LocalizedConcept[]> => {
  const locale = asLocale(requested);
  const english = await notesIn(defaultLocale);
  return localizeConcepts(english, locale === defaultLocale ? [] : await notesIn(locale), locale);
});

/** One note in `requested` (or English with `fellBack`); null for an id with no note. */
export const findLocalizedConceptNote = cache(async (id: string, requested: string): Promise<LocalizedConcept | null> => {
  const locale = asLocale(requested);
  const english = await findConceptNote(id);
  if (!english) return null;
  return localizeConcept(english, locale === defaultLocale ? [] : await notesIn(locale), locale);
});
