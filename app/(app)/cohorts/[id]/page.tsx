import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InviteLink } from "@/components/coaching/cohort-forms";
import { HistoryFilters, Pagination } from "@/components/history/history-filters";
import { SessionTable } from "@/components/history/session-table";
import { ReportSection } from "@/components/report/report-section";
import { CohortIdSchema, loadCohortForInstructor } from "@/lib/cohorts/cohorts";
import { inviteUrl } from "@/lib/cohorts/invite-url";
import { bestScoresByMember, cohortFindings } from "@/lib/cohorts/overview";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { loadAttempts } from "@/lib/progress/load";
import { requirePageUser } from "@/lib/session";
import { historyPrompts, listHistory, parseHistoryQuery } from "@/lib/sessions/history";
import { formatText } from "@/lib/simulator/text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("cohortTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CohortPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/cohorts/${encodeURIComponent(id)}`);
  if (!CohortIdSchema.safeParse(id).success) notFound();
  // Only the cohort's instructors see this page; anyone else: not found.
  const cohort = await loadCohortForInstructor(db(), user.id, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const memberIds = cohort.members.map((m) => m.id);
  const { query, problems } = parseHistoryQuery(await searchParams);
  const member = query.member && memberIds.includes(query.member) ? query.member : undefined;
  const base = { userId: { in: memberIds } };
  const locale = asLocale(await getLocale());
  const [page, prompts, attempts] = await Promise.all([
    listHistory(db(), base, { ...query, member }, { locale }),
    historyPrompts(db(), base, locale),
    loadAttempts(db(), memberIds, locale),
  ]);
  const best = bestScoresByMember(attempts, memberIds);
  const findings = cohortFindings(attempts);
  const nameOf = new Map(cohort.members.map((m) => [m.id, m.name]));
  const action = `/cohorts/${cohort.id}`;
  const t = await getTranslations("cohorts");
  // Recurring findings in the reader's language (the stored English where a text is missing).
  const say = (english: string, said: Parameters<typeof formatText>[0] | undefined) => (said ? formatText(said, locale) : english);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{cohort.name}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {t("cohortSummary", { members: cohort.members.length, attempts: attempts.length })}
          </p>
        </div>
        <Link href="/cohorts" className="text-sm font-medium text-brand-600 hover:underline">
          {t("allCohorts")}
        </Link>
      </div>
      <ReportSection id="invite" title={t("invite")} description={t("inviteDescription")}>
        <InviteLink url={inviteUrl(cohort.inviteToken)} />
      </ReportSection>

      <ReportSection id="best" title={t("bestTitle")}>
        {cohort.members.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMembers")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("bestCaption")}</caption>
              <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{t("member")}</th>
                  {best.prompts.map((p) => (
                    <th key={p.slug} scope="col" className="py-1 pr-3 font-medium">
                      {p.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {best.rows.map((r) => (
                  <tr key={r.memberId} className="border-t border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-3 font-normal">{nameOf.get(r.memberId)}</th>
                    {best.prompts.map((p) => (
                      <td key={p.slug} className="py-1 pr-3 tabular-nums">
                        {r.best[p.slug] ?? "—"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ReportSection>

      <ReportSection id="findings" title={t("findingsTitle")}>
        {findings.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noFindings")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {findings.map((f) => (
              <li key={f.key}>
                <span className="font-semibold">
                  {t("countOfAttempts", { count: f.count, total: attempts.length })}
                </span>{" "}
                · <span className="text-slate-600 dark:text-slate-400">{say(f.detail, f.detailText)}</span>
                <p>{say(f.label, f.text)}</p>
              </li>
            ))}
          </ol>
        )}
      </ReportSection>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessionsHeading")}
        </h2>
        {problems.length > 0 ? (
          <p role="alert" aria-label={t("filterProblems")} className="text-sm text-amber-800 dark:text-amber-300">
            {t("filtersIgnored", { problems: problems.map((p) => `${p.path}: ${p.message}`).join(" ") })}
          </p>
        ) : null}
        <HistoryFilters query={{ ...page.query, member }} prompts={prompts} members={cohort.members} action={action} />
        {page.total === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMatch")}</p>
        ) : (
          <SessionTable sessions={page.items} caption={t("sessionsHeading")} owner />
        )}
        <Pagination query={{ ...page.query, member }} page={page.page} pageCount={page.pageCount} total={page.total} action={action} />
      </section>
    </div>
  );
}
