import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionTable } from "@/components/history/session-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { db } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { requirePageUser } from "@/lib/session";
import { HistoryQuerySchema, listHistory } from "@/lib/sessions/history";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage() {
  const user = await requirePageUser("/home");
  const { items: sessions } = await listHistory(db(), { userId: user.id }, HistoryQuerySchema.parse({}), { pageSize: 5, locale: asLocale(await getLocale()) });
  const t = await getTranslations("home");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("welcome", { name: user.name })}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t("intro")}</p>
        </div>
        <Link href="/practice" className={buttonClass.primary}>
          {t("start")}
        </Link>
      </div>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          {t("recent")}
        </h2>
        {sessions.length === 0 ? (
          <EmptyState
            title={t("emptyTitle")}
            body={t("emptyBody")}
            action={{ href: "/practice", label: t("browse") }}
          />
        ) : (
          <SessionTable sessions={sessions} caption={t("recentCaption")} />
        )}
      </section>
    </div>
  );
}
