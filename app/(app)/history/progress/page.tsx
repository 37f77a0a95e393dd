import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GroupTrendChart, PhaseCharts, PromptScoreChart, ScoreChart } from "@/components/progress/charts";
import { DataTable } from "@/components/progress/data-table";
import { ReportSection } from "@/components/report/report-section";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { readDb } from "@/lib/db";
import { asLocale } from "@/lib/i18n/locales";
import { describeGroups, describePhases, describePrompts, describeScores } from "@/lib/progress/describe";
import { progressFor } from "@/lib/progress/progress-for";
import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";
import { requirePageUser } from "@/lib/session";
import { formatText } from "@/lib/simulator/text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title") };
}

export default async function ProgressPage() {
  const user = await requirePageUser("/history/progress");
  const locale = asLocale(await getLocale());
  // Progress may be a moment stale: a read replica serves it when configured.
  const progress = await progressFor(readDb(), user.id, locale);
  const t = await getTranslations("progress");
  // The summaries and recurring items are said in the reader's language (stored English where a text is missing).
  const say = (english: string, said: Parameters<typeof formatText>[0] | undefined) => (said ? formatText(said, locale) : english);
  const pct = (x: number | null) => (x === null ? "—" : t("percent", { value: Math.round(x * 100) }));
  if (progress.attempts.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={{ href: "/practice", label: t("startInterview") }} />
      </div>
    );
  }
  const phaseSummaries = describePhases(progress.phases, locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t("summary", { attempts: progress.attempts.length, prompts: progress.perPrompt.length })}</p>
        </div>
        <Link href="/history" className="text-sm font-medium text-brand-600 hover:underline">
          {t("backToHistory")}
        </Link>
      </div>

      {progress.next ? (
        <ReportSection id="next" title={t("practiseNext")}>
          <p className="text-sm">{say(progress.next.reason, progress.next.reasonText)}</p>
          {progress.next.prompt ? (
            <Link href={`/practice/${progress.next.prompt.slug}`} className={`${buttonClass.primary} mt-3`}>
              {t("practisePrompt", { title: progress.next.prompt.title })}
            </Link>
          ) : null}
        </ReportSection>
      ) : null}

      <ReportSection id="score" title={t("scoreOverAttempts")}>
        <ScoreChart points={progress.attempts} summary={describeScores(progress.attempts, locale)} />
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{describeScores(progress.attempts, locale)}</p>
        <DataTable caption={t("scorePerAttempt")} head={[t("col.attempt"), t("col.date"), t("col.prompt"), t("col.score")]} rows={progress.attempts.map((a) => [a.n, a.date.slice(0, 10), a.promptTitle, a.score])} />
      </ReportSection>

      <ReportSection id="per-prompt" title={t("scorePerPrompt")}>
        <PromptScoreChart series={progress.perPrompt} summary={describePrompts(progress.perPrompt, locale)} />
        <DataTable caption={t("scorePerPrompt")} head={[t("col.prompt"), t("col.attempts"), t("col.best"), t("col.last"), t("col.scores")]} rows={progress.perPrompt.map((s) => [s.title, s.points.length, s.best, s.last, s.points.map((p) => p.score).join(", ")])} />
      </ReportSection>

      <ReportSection id="groups" title={t("groupsTitle")} description={t("groupsDescription")}>
        <GroupTrendChart groups={progress.groups} summary={describeGroups(progress.groups, locale)} />
        <DataTable caption={t("groupsCaption")} head={[t("col.attempt"), ...CRITERION_GROUPS.map((g) => t(`chart.group.${g.id}`))]} rows={progress.groups.map((g) => [g.n, ...CRITERION_GROUPS.map((c) => pct(g[c.id]))])} />
      </ReportSection>

      {progress.bands ? (
        <ReportSection id="phases" title={t("phasesTitle")} description={t("phasesDescription")}>
          <PhaseCharts phases={progress.phases} bands={progress.bands} summaries={phaseSummaries} />
          <ul className="mt-3 space-y-1 text-sm">
            {phaseSummaries.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <DataTable caption={t("phasesCaption")} head={[t("col.attempt"), ...[1, 2, 3, 4].map((n) => t("col.phase", { n }))]} rows={progress.phases.map((p) => [p.n, ...p.minutes.map((m, i) => t("minutesVerdict", { minutes: m, verdict: t("verdict", { verdict: p.verdicts[i] }) }))])} />
        </ReportSection>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <ReportSection id="findings" title={t("findingsTitle")}>
          {progress.findings.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("noFindings")}</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {progress.findings.map((f) => (
                <li key={f.key}>
                  <span className="font-semibold">
                    {t("countOfAttempts", { count: f.count, total: progress.attempts.length })}
                  </span>{" "}
                  · <span className="text-slate-600 dark:text-slate-400">{say(f.detail, f.detailText)}</span>
                  <p>{say(f.label, f.text)}</p>
                </li>
              ))}
            </ol>
          )}
        </ReportSection>
        <ReportSection id="unmet" title={t("unmetTitle")}>
          {progress.unmet.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("allMet")}</p>
          ) : (
            <ol className="space-y-1 text-sm">
              {progress.unmet.map((u) => (
                <li key={u.key}>
                  {t.rich("unmetIn", { label: say(u.label, u.text), count: u.count, total: progress.attempts.length, b: (chunks) => <span className="font-semibold">{chunks}</span> })}
                </li>
              ))}
            </ol>
          )}
        </ReportSection>
      </div>
    </div>
  );
}
