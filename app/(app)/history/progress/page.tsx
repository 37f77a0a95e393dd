import type { Metadata } from "next";
import Link from "next/link";
import { GroupTrendChart, PhaseCharts, PromptScoreChart, ScoreChart } from "@/components/progress/charts";
import { DataTable } from "@/components/progress/data-table";
import { ReportSection } from "@/components/report/report-section";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { readDb } from "@/lib/db";
import { describeGroups, describePhases, describePrompts, describeScores } from "@/lib/progress/describe";
import { progressFor } from "@/lib/progress/progress-for";
import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";
import { requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "Progress" };

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)} %`);

export default async function ProgressPage() {
  const user = await requirePageUser("/history/progress");
  // Progress may be a moment stale: a read replica serves it when configured.
  const progress = await progressFor(readDb(), user.id);
  if (progress.attempts.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Progress</h1>
        <EmptyState title="No scores yet" body="Submit an interview and your scores, criteria and time per phase appear here, attempt by attempt." action={{ href: "/practice", label: "Start an interview" }} />
      </div>
    );
  }
  const phaseSummaries = describePhases(progress.phases);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Progress</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {progress.attempts.length} submitted {progress.attempts.length === 1 ? "attempt" : "attempts"} on {progress.perPrompt.length} {progress.perPrompt.length === 1 ? "prompt" : "prompts"}.
          </p>
        </div>
        <Link href="/history" className="text-sm font-medium text-brand-600 hover:underline">
          Back to History
        </Link>
      </div>

      {progress.next ? (
        <ReportSection id="next" title="Practise next">
          <p className="text-sm">{progress.next.reason}</p>
          {progress.next.prompt ? (
            <Link href={`/practice/${progress.next.prompt.slug}`} className={`${buttonClass.primary} mt-3`}>
              Practise {progress.next.prompt.title}
            </Link>
          ) : null}
        </ReportSection>
      ) : null}

      <ReportSection id="score" title="Score over attempts">
        <ScoreChart points={progress.attempts} summary={describeScores(progress.attempts)} />
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{describeScores(progress.attempts)}</p>
        <DataTable caption="Score per attempt" head={["Attempt", "Date (UTC)", "Prompt", "Score"]} rows={progress.attempts.map((a) => [a.n, a.date.slice(0, 10), a.promptTitle, a.score])} />
      </ReportSection>

      <ReportSection id="per-prompt" title="Score per prompt">
        <PromptScoreChart series={progress.perPrompt} summary={describePrompts(progress.perPrompt)} />
        <DataTable caption="Score per prompt" head={["Prompt", "Attempts", "Best", "Last", "Scores"]} rows={progress.perPrompt.map((s) => [s.title, s.points.length, s.best, s.last, s.points.map((p) => p.score).join(", ")])} />
      </ReportSection>

      <ReportSection id="groups" title="Criterion groups over attempts" description="The share of each group's points you earned; a group not assessed in an attempt is left out there.">
        <GroupTrendChart groups={progress.groups} summary={describeGroups(progress.groups)} />
        <DataTable caption="Criterion groups per attempt" head={["Attempt", ...CRITERION_GROUPS.map((g) => g.title)]} rows={progress.groups.map((g) => [g.n, ...CRITERION_GROUPS.map((c) => pct(g[c.id]))])} />
      </ReportSection>

      {progress.bands ? (
        <ReportSection id="phases" title="Time per phase against the bands" description="Shaded: the phase's recommended band. Bars: your minutes, attempt by attempt.">
          <PhaseCharts phases={progress.phases} bands={progress.bands} summaries={phaseSummaries} />
          <ul className="mt-3 space-y-1 text-sm">
            {phaseSummaries.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <DataTable caption="Minutes per phase per attempt" head={["Attempt", "Phase 1", "Phase 2", "Phase 3", "Phase 4"]} rows={progress.phases.map((p) => [p.n, ...p.minutes.map((m, i) => `${m} min (${p.verdicts[i]})`)])} />
        </ReportSection>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <ReportSection id="findings" title="Findings that recur">
          {progress.findings.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No findings so far.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {progress.findings.map((f) => (
                <li key={f.key}>
                  <span className="font-semibold">
                    {f.count} of {progress.attempts.length} attempts
                  </span>{" "}
                  · <span className="text-slate-600 dark:text-slate-400">{f.detail}</span>
                  <p>{f.label}</p>
                </li>
              ))}
            </ol>
          )}
        </ReportSection>
        <ReportSection id="unmet" title="Requirements you miss most">
          {progress.unmet.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Every attempt met its requirements.</p>
          ) : (
            <ol className="space-y-1 text-sm">
              {progress.unmet.map((u) => (
                <li key={u.key}>
                  <span className="font-semibold">{u.label}</span>: unmet in {u.count} of {progress.attempts.length} attempts
                </li>
              ))}
            </ol>
          )}
        </ReportSection>
      </div>
    </div>
  );
}
