import { useLocale, useTranslations } from "next-intl";
import type { Report } from "@/lib/simulator/schema";
import type { Locale } from "@/lib/i18n/locales";
import { formatAvailability, formatLatency, formatNumber, formatUsd } from "@/lib/report/format";

const CLASSES = ["dynamicRead", "write", "staticRead"] as const;

/** Latency percentiles, availability and monthly cost of the design at peak. */
export function ServiceSummary({ report }: { report: Report }) {
  const t = useTranslations("report.service");
  const locale = useLocale() as Locale;
  const { latency, availability, cost } = report;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div>
        <h3 className="font-semibold">{t("latency")}</h3>
        <table className="mt-2 w-full text-left text-sm tabular-nums">
          <caption className="sr-only">{t("latencyCaption")}</caption>
          <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 font-medium">{t("class")}</th>
              <th scope="col" className="py-1 font-medium">{t("percentile", { n: 50 })}</th>
              <th scope="col" className="py-1 font-medium">{t("percentile", { n: 95 })}</th>
              <th scope="col" className="py-1 font-medium">{t("percentile", { n: 99 })}</th>
            </tr>
          </thead>
          <tbody>
            {CLASSES.map((key) => (
              <tr key={key} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 font-normal">{t(`classes.${key}`)}</th>
                <td className="py-1">{formatLatency(latency[key].p50Ms, locale)}</td>
                <td className="py-1">{formatLatency(latency[key].p95Ms, locale)}</td>
                <td className="py-1">{formatLatency(latency[key].p99Ms, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3 className="font-semibold">{t("availability")}</h3>
        <p className="mt-2 text-2xl font-semibold tabular-nums">{formatAvailability(availability.estimate, locale)}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("downtime", {
            minutes: formatNumber(Math.round(availability.downtimeMinutesPerYear), locale),
            limited: availability.limitedBy.length > 0 ? "yes" : "no",
            by: availability.limitedBy.join(", "),
          })}
        </p>
        <p className="mt-1 text-sm">{report.spofs.length === 0 ? t("noSpof") : t("spofs", { nodes: report.spofs.join(", ") })}</p>
      </div>
      <div>
        <h3 className="font-semibold">{t("cost")}</h3>
        <p className="mt-2 text-2xl font-semibold tabular-nums">
          {formatUsd(cost.monthlyUsd, locale)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{t("perMonth")}</span>
        </p>
        {cost.lines.length > 0 ? (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{t("byComponent")}</summary>
            <ul className="mt-1 space-y-1">
              {cost.lines.map((l) => (
                <li key={l.node}>
                  <span className="font-medium">{l.node}</span> {formatUsd(l.usd, locale)} <span className="text-slate-500 dark:text-slate-400">— {l.basis}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </div>
  );
}
