import { PHASE_NAMES } from "@/lib/report/phase-time";
import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";
import type { GroupPoint, PhasePoint, PromptSeries, ScorePoint } from "./aggregate";

// One-sentence text alternatives for the Progress charts: what a sighted reader takes from
// the picture (first, last, best, direction), in words.

const trend = (first: number, last: number) => (last > first ? "up" : last < first ? "down" : "level");

export function describeScores(points: readonly ScorePoint[]): string {
  if (points.length === 0) return "No submitted attempts yet.";
  const first = points[0].score;
  const last = points.at(-1)!.score;
  const best = Math.max(...points.map((p) => p.score));
  return `Score over ${points.length} attempt${points.length === 1 ? "" : "s"}: first ${first}, last ${last}, best ${best} out of 100; ${trend(first, last)} overall.`;
}

export function describePrompts(series: readonly PromptSeries[]): string {
  if (series.length === 0) return "No submitted attempts yet.";
  return `Score per prompt: ${series.map((s) => `${s.title}, ${s.points.length} attempt${s.points.length === 1 ? "" : "s"}, best ${s.best}, last ${s.last}`).join("; ")}.`;
}

export function describeGroups(groups: readonly GroupPoint[]): string {
  if (groups.length === 0) return "No submitted attempts yet.";
  const parts = CRITERION_GROUPS.flatMap((g) => {
    const shares = groups.map((p) => p[g.id]).filter((s): s is number => s !== null);
    if (shares.length === 0) return [];
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    return [`${g.title} ${pct(shares[0])} to ${pct(shares.at(-1)!)}`];
  });
  return `Share of points per criterion group, first to last attempt: ${parts.join("; ")}.`;
}

export function describePhases(phases: readonly PhasePoint[]): string[] {
  return PHASE_NAMES.map((name, p) => {
    if (phases.length === 0) return `${name}: no attempts yet.`;
    const within = phases.filter((a) => a.verdicts[p] === "in").length;
    const last = phases.at(-1)!;
    return `${name}: within its band in ${within} of ${phases.length} attempts; last attempt ${last.minutes[p]} min (${last.verdicts[p]}).`;
  });
}
