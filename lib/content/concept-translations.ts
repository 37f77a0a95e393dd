import { readdir } from "node:fs/promises";
import path from "node:path";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { loadConcepts, type Concept } from "./concepts.ts";
import type { ContentProblem } from "./content-problem.ts";

// Concept notes are written in English (content/concepts/<id>.md) and translated one file per
// note beside them (content/concepts/<locale>/<id>.md). English is canonical: a translation
// must keep the note's id, its links to other notes and its shape, so a reader in either
// language follows the same path through the notes; a missing translation falls back to the
// English note and says so (`fellBack`).

/** The languages a note may be translated into: every interface language but the default. */
export const TRANSLATED_LOCALES = locales.filter((locale) => locale !== defaultLocale);

/** The folder holding a language's notes: the English folder itself, or its `<locale>/` subfolder. */
export function conceptDir(conceptsRoot: string, locale: Locale): string {
  return locale === defaultLocale ? conceptsRoot : path.join(conceptsRoot, locale);
}

/** Reads a language's notes; a language without a folder yet has no notes (every note falls back). */
export async function loadConceptsIn(conceptsRoot: string, locale: Locale): Promise<{ concepts: Concept[]; problems: ContentProblem[] }> {
  const dir = conceptDir(conceptsRoot, locale);
  const exists = await readdir(dir).then(
    () => true,
    () => false,
  );
  if (!exists && locale !== defaultLocale) return { concepts: [], problems: [] };
  return loadConcepts(dir);
}

export type LocalizedConcept = {
  concept: Concept;
  /** The language the note is actually written in (for `lang` on the page). */
  locale: Locale;
  /** True when the note was asked for in a language it has no translation in. */
  fellBack: boolean;
};

/** The note in `locale` when it has a translation, else the English note with `fellBack`. */
export function localizeConcept(english: Concept, translations: readonly Concept[], locale: Locale): LocalizedConcept {
  if (locale === defaultLocale) return { concept: english, locale, fellBack: false };
  const translated = translations.find((c) => c.id === english.id);
  return translated ? { concept: translated, locale, fellBack: false } : { concept: english, locale: defaultLocale, fellBack: true };
}

/** Every English note in `locale`, sorted by its displayed title in that language's order. */
export function localizeConcepts(english: readonly Concept[], translations: readonly Concept[], locale: Locale): LocalizedConcept[] {
  return english
    .map((note) => localizeConcept(note, translations, locale))
    .sort((a, b) => a.concept.title.localeCompare(b.concept.title, a.locale));
}

export type NoteShape = {
  /** Heading levels in order ("##", "###"). */
  headings: string[];
  /**
   * Paragraphs that open with a bold lead-in ending in punctuation ("**When to use it.**"): the
   * notes' sections. A paragraph that merely starts with a bold term ("**Availability** is")
   * is not one, since a translation may well put the term first where the English did not.
   */
  sections: number;
  listItems: number;
  /** Link targets in order: links to other notes must survive translation. */
  links: string[];
};

const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;

/** The parts of a note's Markdown a translation must keep. */
export function noteShape(markdown: string): NoteShape {
  const lines = markdown.split(/\r?\n/);
  const blocks = markdown.split(/\r?\n\s*\r?\n/).map((b) => b.trim());
  return {
    headings: lines.flatMap((line) => /^\s{0,3}(#{1,6})\s/.exec(line)?.[1] ?? []),
    sections: blocks.filter((block) => /^\*\*[^*]*[.?!:]\*\*/.test(block)).length,
    listItems: lines.filter((line) => /^\s{0,3}([-*+]|\d{1,9}[.)])\s+/.test(line)).length,
    links: [...markdown.matchAll(LINK)].map((m) => m[1]),
  };
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

/**
 * What makes a set of translations incomplete or unfaithful to the English notes: a note
 * missing on either side, or a translation whose links, headings, sections or list items
 * differ from its English note. Korean text must actually be Korean (an English copy would
 * pass every other check). `fileOf` names a note's file in problems.
 */
export function translationProblems(
  english: readonly Concept[],
  translations: readonly Concept[],
  locale: Locale,
  fileOf: (locale: Locale, id: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(translations.map((c) => [c.id, c]));
  for (const note of english) {
    const translated = byId.get(note.id);
    const file = fileOf(locale, note.id);
    if (!translated) {
      problems.push({ file, path: "", message: `missing: the English note "${note.id}" has no ${locale} translation` });
      continue;
    }
    const [want, got] = [noteShape(note.body), noteShape(translated.body)];
    const compare = (field: keyof NoteShape, what: string) => {
      if (JSON.stringify(want[field]) !== JSON.stringify(got[field])) {
        problems.push({ file, path: "body", message: `${what} must match the English note: expected ${JSON.stringify(want[field])}, found ${JSON.stringify(got[field])}` });
      }
    };
    compare("links", "links");
    compare("headings", "headings");
    compare("sections", "bold-led sections");
    compare("listItems", "list items");
    if (locale === "ko") {
      for (const field of ["title", "summary", "body"] as const) {
        if (!HANGUL.test(translated[field])) problems.push({ file, path: field, message: "has no Korean text" });
      }
    }
  }
  const known = new Set(english.map((c) => c.id));
  for (const note of translations) {
    if (!known.has(note.id)) problems.push({ file: fileOf(locale, note.id), path: "id", message: `no English note "${note.id}" to translate` });
  }
  return problems;
}

/** Loads every language's notes under `conceptsRoot` and reports invalid files and parity slips. */
export async function checkConceptTranslations(conceptsRoot: string): Promise<ContentProblem[]> {
  const english = await loadConceptsIn(conceptsRoot, defaultLocale);
  const problems: ContentProblem[] = [];
  const fileOf = (locale: Locale, id: string) => path.join(conceptDir(conceptsRoot, locale), `${id}.md`);
  for (const locale of TRANSLATED_LOCALES) {
    const translated = await loadConceptsIn(conceptsRoot, locale);
    problems.push(...translated.problems, ...translationProblems(english.concepts, translated.concepts, locale, fileOf));
  }
  return problems;
}
