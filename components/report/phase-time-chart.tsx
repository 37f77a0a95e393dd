import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { phaseSentence } from "@/lib/report/phase-sentence";
import { phaseTimes, type PhaseVerdict } from "@/lib/report/phase-time";

const WIDTH = 640;
// Room for the longest phase name ("1. Understand the problem", ~165 px at 12 px) so no bar
// starts under its label, and a right margin so the last axis label is not clipped.
const LABEL = 184;
const RIGHT = 36;
const ROW = 40;
const TOP = 8;
const AXIS = 24;

const BAR_TONE: Record<PhaseVerdict, string> = {
  in: "fill-emerald-500",
  under: "fill-amber-500",
  over: "fill-red-500",
  "not reached": "fill-slate-400",
};

/**
 * Time per phase against the book's bands: each band a shaded range, the candidate's time a
 * bar over it. The chart is an image with a text alternative; the same facts follow as text.
 */
export function PhaseTimeChart({
  phaseSeconds,
  bands,
}: {
  phaseSeconds: readonly [number, number, number, number];
  bands: readonly (readonly [number, number])[];
}) {
  const t = useTranslations("report.phases");
  const tPhase = useTranslations("interview.phases");
  const locale = useLocale() as Locale;
  const titleId = useId();
  const descId = useId();
  const times = phaseTimes(phaseSeconds, bands);
  const maxMinutes = Math.max(5, ...times.map((p) => p.minutes), ...times.map((p) => p.band[1] * 1.2));
  const axisMax = Math.ceil(maxMinutes / 5) * 5;
  const plot = WIDTH - LABEL - RIGHT;
  const x = (minutes: number) => LABEL + (Math.min(minutes, axisMax) / axisMax) * plot;
  const height = TOP + times.length * ROW + AXIS;
  const ticks = Array.from({ length: axisMax / 5 + 1 }, (_, i) => i * 5);
  // One decimal, as phaseSentence writes them.
  const minutes = (m: number) => t("minutes", { minutes: Math.round(m * 10) / 10 });
  // The same sentences the Markdown export writes (lib/report/phase-sentence.ts).
  const sentences = times.map((p) => phaseSentence(p, locale));

  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="w-full max-w-3xl text-slate-700 dark:text-slate-300"
      >
        <title id={titleId}>{t("title")}</title>
        <desc id={descId}>{sentences.join(" ")}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={TOP + times.length * ROW} className="stroke-slate-200 dark:stroke-slate-700" />
            <text x={x(tick)} y={height - 6} textAnchor={tick === axisMax ? "end" : "middle"} className="fill-current text-[11px]">
              {t("minutes", { minutes: tick })}
            </text>
          </g>
        ))}
        {times.map((p, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={p.phase}>
              <text x={0} y={y + ROW / 2 + 4} className="fill-current text-[12px]">
                {p.phase}. {tPhase(`${p.phase}.short`)}
              </text>
              <rect
                x={x(p.band[0])}
                y={y + 6}
                width={Math.max(1, x(p.band[1]) - x(p.band[0]))}
                height={ROW - 12}
                rx={3}
                className="fill-sky-200/70 stroke-sky-400 dark:fill-sky-900/60 dark:stroke-sky-600"
              />
              <rect x={LABEL} y={y + ROW / 2 - 5} width={Math.max(0, x(p.minutes) - LABEL)} height={10} rx={2} className={BAR_TONE[p.verdict]} />
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {t("caption", { total: minutes(times.reduce((sum, p) => sum + p.minutes, 0)) })}
      </figcaption>
      <ul className="mt-3 space-y-1 text-sm" aria-label={t("list")}>
        {times.map((p, i) => (
          <li key={p.phase} data-verdict={p.verdict}>
            {sentences[i]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
