import { useLocale, useTranslations } from "next-intl";
import type { TimelinePoint } from "@/lib/simulator/schema";
import type { Locale } from "@/lib/i18n/locales";
import { formatPercent } from "@/lib/report/format";
import { sparklinePoints, timelineExtremes } from "@/lib/report/sparkline";

const BOX = { width: 160, height: 40, padding: 3 };

/** Share of requests served over a scenario's timeline, 0 at the bottom and 100 % at the top. */
export function ScenarioSparkline({ timeline, title }: { timeline: readonly TimelinePoint[]; title: string }) {
  const t = useTranslations("report.sparkline");
  const locale = useLocale() as Locale;
  const { minServed, maxP99Ms, seconds } = timelineExtremes(timeline);
  const label = t("label", {
    title,
    seconds: String(Math.round(seconds)),
    lowest: formatPercent(minServed, 1, locale),
    saturated: maxP99Ms === null ? "yes" : "no",
    p99: String(Math.round(maxP99Ms ?? 0)),
  });
  return (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width={BOX.width} height={BOX.height} role="img" aria-label={label} className="shrink-0">
      <line x1={BOX.padding} x2={BOX.width - BOX.padding} y1={BOX.padding} y2={BOX.padding} className="stroke-slate-200 dark:stroke-slate-700" strokeDasharray="2 2" />
      <polyline
        points={sparklinePoints(timeline, BOX)}
        fill="none"
        strokeWidth={1.5}
        strokeLinejoin="round"
        className={minServed >= 0.999 ? "stroke-emerald-500" : minServed >= 0.9 ? "stroke-amber-500" : "stroke-red-500"}
      />
    </svg>
  );
}
