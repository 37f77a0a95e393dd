import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/catalogue/filter-form";
import { PromptCard } from "@/components/catalogue/prompt-card";
import { EmptyState } from "@/components/ui/empty-state";
import { bestScores } from "@/lib/catalog/best-scores";
import { filterPrompts, hasFilters, parseCatalogFilters, topicsOf } from "@/lib/catalog/filter-prompts";
import { listPrompts } from "@/lib/catalog/list-prompts";
import { promptCardTranslations } from "@/lib/catalog/prompt-card-translations";
import { localizePromptCard } from "@/lib/prompts/localize";
import { readDb } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("practice"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PracticePage({ searchParams }: Props) {
  const user = await requirePageUser("/practice");
  const filters = parseCatalogFilters(await searchParams);
  // The catalogue and best scores may be a moment stale: a read replica serves them when configured.
  const [listed, best] = await Promise.all([listPrompts(readDb(), { publishedOnly: true }), bestScores(readDb(), user.id)]);
  // Cards in the reader's language before filtering, so a search in Korean finds Korean titles.
  const locale = asLocale(await getLocale());
  const translations = await promptCardTranslations(readDb(), listed.map((p) => p.versionId), locale);
  const prompts = listed.map((p) => localizePromptCard(p, translations.get(p.versionId), locale));
  const shown = filterPrompts(prompts, filters);
  const t = await getTranslations("practice");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      {prompts.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <>
          <FilterForm filters={filters} topics={topicsOf(prompts)} />
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {shown.length === prompts.length ? t("count", { total: prompts.length }) : t("matchCount", { shown: shown.length, total: prompts.length })}
          </p>
          {shown.length === 0 ? (
            <EmptyState
              title={t("noMatchTitle")}
              body={hasFilters(filters) ? t("noMatchBody") : t("nothingToShow")}
              action={{ href: "/practice", label: t("clearFilters") }}
            />
          ) : (
            <ul aria-label={t("listLabel")} className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {shown.map((prompt) => (
                <li key={prompt.slug}>
                  <PromptCard prompt={prompt} bestScore={best.get(prompt.slug)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
