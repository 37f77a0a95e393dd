"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import type { GroupPoint, PhasePoint, PromptSeries, ScorePoint } from "@/lib/progress/aggregate";
import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";

// The Progress charts (recharts). Colours are CSS variables that switch with the colour scheme;
// axis text is currentColor. Each chart is an image named by a one-line summary; the page puts
// the same numbers in a table beside it.

export const SERIES_COLOURS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const AXIS = { fill: "currentColor", fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: "var(--color-slate-900, #0f172a)", border: "none", borderRadius: 6, color: "#f8fafc", fontSize: 12 },
  labelStyle: { color: "#f8fafc" },
  itemStyle: { color: "#f8fafc" },
};

function Frame({ summary, height = 240, children }: { summary: string; height?: number; children: React.ReactElement }) {
  return (
    <div role="img" aria-label={summary} className="w-full text-slate-700 dark:text-slate-300" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function ScoreChart({ points, summary }: { points: ScorePoint[]; summary: string }) {
  const t = useTranslations("progress.chart");
  return (
    <Frame summary={summary}>
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 16, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis dataKey="n" tick={AXIS} label={{ value: t("attempt"), position: "insideBottom", offset: -8, fill: "currentColor", fontSize: 12 }} />
        <YAxis domain={[0, 100]} tick={AXIS} width={40} />
        <Tooltip {...TOOLTIP} formatter={(v) => [t("outOf100", { value: String(v) }), t("score")]} labelFormatter={(n) => t("attemptN", { n: String(n) })} />
        <Line type="monotone" dataKey="score" name={t("score")} stroke="var(--chart-1)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

export function PromptScoreChart({ series, summary }: { series: PromptSeries[]; summary: string }) {
  const t = useTranslations("progress.chart");
  const longest = Math.max(0, ...series.map((s) => s.points.length));
  const data = Array.from({ length: longest }, (_, i) => ({ n: i + 1, ...Object.fromEntries(series.map((s) => [s.slug, s.points[i]?.score ?? null])) }));
  return (
    <Frame summary={summary}>
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 16, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis dataKey="n" tick={AXIS} label={{ value: t("attemptOnPrompt"), position: "insideBottom", offset: -8, fill: "currentColor", fontSize: 12 }} />
        <YAxis domain={[0, 100]} tick={AXIS} width={40} />
        <Tooltip {...TOOLTIP} labelFormatter={(n) => t("attemptN", { n: String(n) })} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line key={s.slug} type="monotone" dataKey={s.slug} name={s.title} stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </Frame>
  );
}

export function GroupTrendChart({ groups, summary }: { groups: GroupPoint[]; summary: string }) {
  const t = useTranslations("progress.chart");
  const data = groups.map((g) => ({ n: g.n, ...Object.fromEntries(CRITERION_GROUPS.map((c) => [c.id, g[c.id] === null ? null : Math.round(g[c.id]! * 100)])) }));
  return (
    <Frame summary={summary}>
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 16, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis dataKey="n" tick={AXIS} label={{ value: t("attempt"), position: "insideBottom", offset: -8, fill: "currentColor", fontSize: 12 }} />
        <YAxis domain={[0, 100]} tick={AXIS} width={52} tickFormatter={(v: number) => t("percent", { value: v })} />
        <Tooltip {...TOOLTIP} formatter={(v, name) => [t("percent", { value: Number(v) }), name]} labelFormatter={(n) => t("attemptN", { n: String(n) })} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
        {CRITERION_GROUPS.map((g, i) => (
          <Line key={g.id} type="monotone" dataKey={g.id} name={t(`group.${g.id}`)} stroke={SERIES_COLOURS[i]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </Frame>
  );
}

/** One small chart per phase: minutes per attempt as bars over the phase's band. */
export function PhaseCharts({ phases, bands, summaries }: { phases: PhasePoint[]; bands: readonly (readonly [number, number])[]; summaries: string[] }) {
  const t = useTranslations("progress.chart");
  const tPhase = useTranslations("interview.phases");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {([1, 2, 3, 4] as const).map((phase, p) => {
        const data = phases.map((a) => ({ n: a.n, minutes: a.minutes[p] }));
        const [lo, hi] = bands[p] ?? [0, 0];
        const top = Math.ceil(Math.max(hi * 1.3, ...data.map((d) => d.minutes)) / 5) * 5;
        return (
          <figure key={phase}>
            <figcaption className="mb-1 text-sm font-medium">
              {t.rich("phaseCaption", { n: p + 1, name: tPhase(`${phase}.short`), lo, hi, band: (chunks) => <span className="font-normal text-slate-500 dark:text-slate-400">{chunks}</span> })}
            </figcaption>
            <Frame summary={summaries[p]} height={180}>
              <BarChart data={data} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
                <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
                <ReferenceArea y1={lo} y2={hi} fill="var(--chart-band)" stroke="none" ifOverflow="extendDomain" />
                <XAxis dataKey="n" tick={AXIS} />
                <YAxis domain={[0, top]} tick={AXIS} width={56} allowDecimals={false} tickFormatter={(v: number) => t("minutes", { value: v })} />
                <Tooltip {...TOOLTIP} formatter={(v) => [t("minutes", { value: Number(v) }), t("time")]} labelFormatter={(n) => t("attemptN", { n: String(n) })} />
                <Bar dataKey="minutes" name={t("minutesName")} fill="var(--chart-1)" isAnimationActive={false} />
              </BarChart>
            </Frame>
          </figure>
        );
      })}
    </div>
  );
}
