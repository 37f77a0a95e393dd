import type { ScenarioResult } from "@/lib/simulator/schema";
import { formatPercent, scenarioTitle } from "@/lib/report/format";
import { ScenarioSparkline } from "./scenario-sparkline";

/** Each failure scenario: a sparkline of requests served, the outcome against the error budget, the summary. */
export function ScenarioResults({ scenarios }: { scenarios: readonly ScenarioResult[] }) {
  if (scenarios.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No scenarios were run.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {scenarios.map((s, i) => {
        const title = scenarioTitle(s.scenario);
        return (
          <li key={i} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start">
            <ScenarioSparkline timeline={s.timeline} title={title} />
            <div className="text-sm">
              <h3 className="font-semibold">{title}</h3>
              <p className="tabular-nums">
                {formatPercent(s.servedShare)} served, p99 {s.p99Ms === null ? "saturated" : `${Math.round(s.p99Ms)} ms`}
                {s.dataAtRiskWrites > 0 ? `, about ${Math.round(s.dataAtRiskWrites)} writes at risk` : ""} —{" "}
                <span className={s.withinErrorBudget ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
                  {s.withinErrorBudget ? "within" : "over"} the error budget ({formatPercent(s.errorBudgetShare, 0)} of a month&apos;s)
                </span>
              </p>
              <p className="mt-1 text-slate-600 dark:text-slate-400">{s.summary}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
