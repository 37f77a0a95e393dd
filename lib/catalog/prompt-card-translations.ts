import type { PrismaClient } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

export type PromptCardTranslation = { title?: string; summary?: string };

/**
 * The translated title and summary of each prompt version, by version id, for the catalogue's
 * cards (lib/prompts/localize.ts `localizePromptCard` puts them in place, English where one is
 * missing). The texts live inside the stored document (`document.ko.title`); reading just those
 * two fields in SQL keeps the catalogue from loading every prompt's whole document, reference
 * design included, to show two lines per card.
 */
export async function promptCardTranslations(
  client: PrismaClient,
  versionIds: readonly string[],
  locale: Locale,
): Promise<Map<string, PromptCardTranslation>> {
  const out = new Map<string, PromptCardTranslation>();
  if (locale === defaultLocale || versionIds.length === 0) return out;
  const rows = await client.$queryRaw<{ id: string; title: string | null; summary: string | null }[]>`
    SELECT "id", "document" -> ${locale}::text ->> 'title' AS "title", "document" -> ${locale}::text ->> 'summary' AS "summary"
    FROM "PromptVersion"
    WHERE "id" = ANY(${[...versionIds]}::text[])`;
  for (const row of rows) {
    const texts: PromptCardTranslation = {};
    if (row.title) texts.title = row.title;
    if (row.summary) texts.summary = row.summary;
    out.set(row.id, texts);
  }
  return out;
}
