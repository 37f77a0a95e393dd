import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateCohortForm, LeaveCohortForm } from "@/components/coaching/cohort-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { cardClass } from "@/components/ui/styles";
import { listCohorts } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { hasRole, requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("title") };
}

export default async function CohortsPage() {
  const user = await requirePageUser("/cohorts");
  const cohorts = await listCohorts(db(), user.id);
  const running = cohorts.filter((c) => c.role === "INSTRUCTOR");
  const member = cohorts.filter((c) => c.role === "MEMBER");
  const instructor = hasRole(user, "INSTRUCTOR");
  const t = await getTranslations("cohorts");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          {instructor ? t("introInstructor") : t("introMember")}
        </p>
      </div>
      {instructor ? (
        <section aria-labelledby="running-heading" className="space-y-3">
          <h2 id="running-heading" className="text-lg font-semibold">
            {t("youRun")}
          </h2>
          <div className={cardClass}>
            <CreateCohortForm />
          </div>
          {running.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {running.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <Link href={`/cohorts/${c.id}`} className="font-medium text-brand-600 hover:underline">
                    {c.name}
                  </Link>
                  <span className="text-sm text-slate-500">
                    {t("memberCount", { count: c.memberCount })}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="member-heading" className="space-y-3">
        <h2 id="member-heading" className="text-lg font-semibold">
          {t("youBelong")}
        </h2>
        {member.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {member.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span className="font-medium">{c.name}</span>
                <LeaveCohortForm cohortId={c.id} name={c.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
