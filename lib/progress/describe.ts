import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translators";
import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";
import type { GroupPoint, PhasePoint, PromptSeries, ScorePoint } from "./aggregate";

// One-sentence text alternatives for the Progress charts: what a sighted reader takes from
// the picture (first, last, best, direction), in words of the reader's language (the
// `progress.describe` messages; English by default).

const trend = (first: number, last: number) => (last > first ? "up" : last < first ? "down" : "level");

export function describeScores(points: readonly ScorePoint[], locale: Locale = "en"): string {
  const t = translatorFor(locale, "progress.describe");
  if (points.length === 0) return t("none");
  const first = points[0].score;
  const last = points.at(-1)!.score;
  const best = Math.max(...points.map((p) => p.score));
  return t("scores", { count: points.length, first, last, best, trend: trend(first, last) });
}

export function describePrompts(series: readonly PromptSeries[], locale: Locale = "en"): string {
  const t = translatorFor(locale, "progress.describe");
  if (series.length === 0) return t("none");
  const items = series.map((s) => t("prompt", { title: s.title, count: s.points.length, best: s.best, last: s.last }));
  return t("prompts", { items: items.join("; ") });
}

export function describeGroups(groups: readonly GroupPoint[], locale: Locale = "en"): string {
  const t = translatorFor(locale, "progress");
  if (groups.length === 0) return t("describe.none");
  const parts = CRITERION_GROUPS.flatMap((g) => {
    const shares = groups.map((p) => p[g.id]).filter((s): s is number => s !== null);
    if (shares.length === 0) return [];
    const pct = (x: number) => Math.round(x * 100);
    return [t("describe.group", { group: t(`chart.group.${g.id}`), first: pct(shares[0]), last: pct(shares.at(-1)!) })];
  });
  return t("describe.groups", { parts: parts.join("; ") });
}

export function describePhases(phases: readonly PhasePoint[], locale: Locale = "en"): string[] {
  const t = translatorFor(locale, "progress");
  return ([1, 2, 3, 4] as const).map((phase, p) => {
    const name = translatorFor(locale, "interview.phases")(`${phase}.short`);
    if (phases.length === 0) return t("describe.phaseNone", { name });
    const within = phases.filter((a) => a.verdicts[p] === "in").length;
    const last = phases.at(-1)!;
    return t("describe.phase", { name, within, total: phases.length, minutes: last.minutes[p], verdict: t("verdict", { verdict: last.verdicts[p] }) });
  });
}
