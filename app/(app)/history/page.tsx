import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HistoryFilters, Pagination } from "@/components/history/history-filters";
import { SessionTable } from "@/components/history/session-table";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { requirePageUser } from "@/lib/session";
import { historyPrompts, listHistory, parseHistoryQuery } from "@/lib/sessions/history";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ searchParams }: Props) {
  const user = await requirePageUser("/history");
  const { query, problems } = parseHistoryQuery(await searchParams);
  // The caller's own sessions only; the member filter is for cohort lists.
  const own = { userId: user.id };
  const locale = asLocale(await getLocale());
  const [page, prompts] = await Promise.all([listHistory(db(), own, { ...query, member: undefined }, { locale }), historyPrompts(db(), own, locale)]);
  const t = await getTranslations("history");
  const filtered = query.prompt || query.status !== "all" || query.from || query.to;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/history/progress" className="text-sm font-medium text-brand-600 hover:underline">
          {t("seeProgress")}
        </Link>
      </div>
      {problems.length > 0 ? (
        <div role="alert" aria-label={t("filterProblems")} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {t("filtersIgnored", { problems: problems.map((p) => `${p.path}: ${p.message}`).join(" ") })}
        </div>
      ) : null}
      {page.total === 0 && !filtered ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={{ href: "/practice", label: t("startFirst") }} />
      ) : (
        <>
          <HistoryFilters query={page.query} prompts={prompts} action="/history" />
          {page.total === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMatch")}</p>
          ) : (
            <SessionTable sessions={page.items} caption={t("caption")} deletable />
          )}
          <Pagination query={page.query} page={page.page} pageCount={page.pageCount} total={page.total} action="/history" />
        </>
      )}
    </div>
  );
}
