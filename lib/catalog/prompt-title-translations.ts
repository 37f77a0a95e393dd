import type { PrismaClient } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

/** A prompt title as a session or summary stored it: the prompt's slug and its English title. */
export type StoredTitle = { slug: string; title: string };

/** Gives a stored English title in the reader's language, or the English itself when none is known. */
export type TitleIn = (slug: string, english: string) => string;

const keyOf = (slug: string, english: string) => `${slug}\u0000${english}`;
const english: TitleIn = (_slug, title) => title;

/**
 * The titles that sessions, summaries and reports stored (always the English of the version
 * they were taken on) in `locale`, for History, Progress, home's recent sessions, the report and
 * the replay. The translation is looked up by slug among all versions of the prompt, newest
 * first, with the same English title: adding a Korean text to a prompt makes a new version,
 * and sessions pinned to the older one should read it too; a version that renamed the prompt
 * gives its translation to its own title only. One query for the whole list, reading two short
 * fields per version of the listed prompts, never the documents into the process.
 */
export async function promptTitleTranslations(client: PrismaClient, stored: readonly StoredTitle[], locale: Locale): Promise<TitleIn> {
  if (locale === defaultLocale || stored.length === 0) return english;
  const slugs = [...new Set(stored.map((s) => s.slug))];
  const titles = [...new Set(stored.map((s) => s.title))];
  // Each document is opened once (MATERIALIZED keeps the planner from copying the extraction
  // into the filter); the outer select keeps the newest translation of each title.
  const rows = await client.$queryRaw<{ slug: string; english: string; translated: string }[]>`
    WITH t AS MATERIALIZED (
      SELECT p."slug", v."title" AS "english", v."version", btrim(v."document" -> ${locale}::text ->> 'title') AS "translated"
      FROM "PromptVersion" v
      JOIN "Prompt" p ON p."id" = v."promptId"
      WHERE p."slug" = ANY(${slugs}::text[]) AND v."title" = ANY(${titles}::text[])
    )
    SELECT DISTINCT ON ("slug", "english") "slug", "english", "translated"
    FROM t
    WHERE "translated" <> ''
    ORDER BY "slug", "english", "version" DESC`;
  if (rows.length === 0) return english;
  const found = new Map(rows.map((r) => [keyOf(r.slug, r.english), r.translated]));
  return (slug, title) => found.get(keyOf(slug, title)) ?? title;
}
