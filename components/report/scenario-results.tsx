import type { ScenarioResult } from "@/lib/simulator/schema";
import { formatPercent, scenarioTitle } from "@/lib/report/format";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { ScenarioSparkline } from "./scenario-sparkline";
import { useSimText } from "./use-sim-text";

/** Each failure scenario: a sparkline of requests served, the outcome against the error budget, the summary. */
export function ScenarioResults({ scenarios }: { scenarios: readonly ScenarioResult[] }) {
  const t = useTranslations("report.scenarios");
  const words = useSimText();
  const locale = useLocale() as Locale;
  if (scenarios.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {scenarios.map((s, i) => {
        const title = scenarioTitle(s.scenario, locale);
        return (
          <li key={i} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start">
            <ScenarioSparkline timeline={s.timeline} title={title} />
            <div className="text-sm">
              <h3 className="font-semibold">{title}</h3>
              <p className="tabular-nums">
                {t("outcome", { served: formatPercent(s.servedShare, 1, locale), saturated: s.p99Ms === null ? "yes" : "no", p99: Math.round(s.p99Ms ?? 0), atRisk: Math.round(s.dataAtRiskWrites) })}{" "}
                <span className={s.withinErrorBudget ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
                  {t("budget", { within: s.withinErrorBudget ? "yes" : "no", share: formatPercent(s.errorBudgetShare, 0, locale) })}
                </span>
              </p>
              <p className="mt-1 text-slate-600 dark:text-slate-400">{words(s.summaryText, s.summary)}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
