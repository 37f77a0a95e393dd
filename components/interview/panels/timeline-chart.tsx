"use client";

import { useTranslations } from "next-intl";
import type { TimelinePoint } from "@/lib/simulator/schema";
import type { Translate } from "@/lib/i18n/translate";
import { formatMs, formatPercent } from "./format";

// A scenario's timeline as an inline SVG: served share (0–100 %, left axis) and p99 latency
// (right axis) over time, with the failure's stages shaded behind. No chart library: the
// timeline has at most 120 points. Reused by the report page.

export type TimelineChartProps = { timeline: readonly TimelinePoint[] };
type Stage = TimelinePoint["stage"];

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { left: 44, right: 56, top: 12, bottom: 28 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

// Stage names are interview.timeline.stages.<stage>.
export const STAGE_STYLE: Record<Stage, { fill: string; swatch: string }> = {
  healthy: { fill: "fill-transparent", swatch: "bg-transparent border border-slate-300 dark:border-slate-600" },
  detection: { fill: "fill-red-500/15 dark:fill-red-400/20", swatch: "bg-red-500/30" },
  failover: { fill: "fill-amber-500/20 dark:fill-amber-400/20", swatch: "bg-amber-500/40" },
  warmup: { fill: "fill-sky-500/15 dark:fill-sky-400/20", swatch: "bg-sky-500/30" },
  recovered: { fill: "fill-emerald-500/10 dark:fill-emerald-400/15", swatch: "bg-emerald-500/25" },
};

/** Runs of one stage, as [start, end) in seconds; each run ends where the next begins. */
export function stageRuns(timeline: readonly TimelinePoint[]): { stage: Stage; from: number; to: number }[] {
  const runs: { stage: Stage; from: number; to: number }[] = [];
  for (const point of timeline) {
    const last = runs.at(-1);
    if (last && last.stage === point.stage) last.to = point.tSeconds;
    else {
      if (last) last.to = point.tSeconds;
      runs.push({ stage: point.stage, from: point.tSeconds, to: point.tSeconds });
    }
  }
  return runs;
}

/** A ceiling for the latency axis: 1, 2 or 5 × a power of ten. */
export function niceCeiling(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 5, 10]) if (step * power >= x) return step * power;
  return 10 * power;
}

/** One sentence for screen readers: the low point of the served share, the worst p99, the stages. */
export function describeTimeline(timeline: readonly TimelinePoint[], t: Translate): string {
  if (timeline.length === 0) return t("timeline.none");
  const first = timeline[0];
  const last = timeline[timeline.length - 1];
  const lowest = timeline.reduce((low, p) => (p.servedShare < low.servedShare ? p : low), first);
  const rank = (p: TimelinePoint) => (p.p99Ms === null ? Infinity : p.p99Ms);
  const worst = timeline.reduce((hi, p) => (rank(p) > rank(hi) ? p : hi), first);
  const stages = stageRuns(timeline).map((r) => t(`timeline.stages.${r.stage}`));
  return t("timeline.describe", {
    seconds: Math.round(last.tSeconds - first.tSeconds),
    start: formatPercent(first.servedShare),
    lowest: formatPercent(lowest.servedShare),
    lowestAt: Math.round(lowest.tSeconds),
    end: formatPercent(last.servedShare),
    p99: formatMs(worst.p99Ms, t),
    stages: stages.join(", "),
  });
}

export function TimelineChart({ timeline }: TimelineChartProps) {
  const t = useTranslations("interview");
  if (timeline.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">{t("timeline.none")}</p>;

  const t0 = timeline[0].tSeconds;
  const t1 = Math.max(timeline[timeline.length - 1].tSeconds, t0 + 1);
  // A saturated moment (no finite p99) is drawn at the top of the axis.
  const p99Max = niceCeiling(Math.max(1, ...timeline.map((p) => p.p99Ms ?? 0)));
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * PLOT_W;
  const yShare = (s: number) => PAD.top + (1 - Math.min(1, Math.max(0, s))) * PLOT_H;
  const yP99 = (ms: number | null) => ms === null ? PAD.top : PAD.top + (1 - Math.min(1, Math.max(0, ms / p99Max))) * PLOT_H;
  const path = (y: (p: TimelinePoint) => number) =>
    timeline.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.tSeconds).toFixed(1)},${y(p).toFixed(1)}`).join(" ");
  const runs = stageRuns(timeline);
  const stagesShown = [...new Set(runs.map((r) => r.stage))];

  return (
    <figure className="space-y-1">
      <svg
        role="img"
        aria-label={describeTimeline(timeline, t)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full text-slate-500 dark:text-slate-400"
      >
        {runs.map((r, i) => (
          <rect
            key={i}
            data-stage={r.stage}
            x={x(r.from)}
            y={PAD.top}
            width={Math.max(0, x(r.to) - x(r.from))}
            height={PLOT_H}
            className={STAGE_STYLE[r.stage].fill}
          />
        ))}
        {[0, 0.5, 1].map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yShare(s)} y2={yShare(s)} className="stroke-slate-200 dark:stroke-slate-700" />
            <text x={PAD.left - 6} y={yShare(s) + 4} textAnchor="end" className="fill-current text-[10px]">
              {s * 100} %
            </text>
            <text x={WIDTH - PAD.right + 6} y={yShare(s) + 4} textAnchor="start" className="fill-current text-[10px]">
              {formatMs(s * p99Max, t)}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 8} className="fill-current text-[10px]">
          {t("timeline.seconds", { value: Math.round(t0) })}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" className="fill-current text-[10px]">
          {t("timeline.seconds", { value: Math.round(t1) })}
        </text>
        <path d={path((p) => yP99(p.p99Ms))} fill="none" strokeWidth={2} strokeDasharray="5 3" className="stroke-amber-600 dark:stroke-amber-400" />
        <path d={path((p) => yShare(p.servedShare))} fill="none" strokeWidth={2} className="stroke-brand-600 dark:stroke-brand-500" />
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-brand-600 dark:bg-brand-500" /> {t("timeline.servedLegend")}
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 border-t-2 border-dashed border-amber-600 dark:border-amber-400" /> {t("timeline.p99Legend")}
        </span>
        {stagesShown.map((stage) => (
          <span key={stage} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${STAGE_STYLE[stage].swatch}`} /> {t(`timeline.stages.${stage}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
