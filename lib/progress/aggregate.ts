import { CRITERION_GROUPS } from "@/lib/report/criteria-groups";
import { phaseVerdict, type PhaseVerdict } from "@/lib/report/phase-time";
import { REQUIREMENT_LABELS, requirementLabel } from "@/lib/report/requirement-gap";
import type { Criterion, Finding } from "@/lib/simulator/schema";
import { formatText, list, text, type Text } from "@/lib/simulator/text";

// Progress over attempts, from the parts of stored reports that matter here. Pure: the page,
// the tests and the benchmark all call these with plain data.
//
// 1. Attempts are submitted, non-preview sessions in the order they were submitted.
// 2. A criterion group's share is its points over its assessed maximum; a group with nothing
//    assessed in an attempt (no process block) is null there, never 0.
// 3. A finding or unmet requirement "recurs" by the number of attempts it appears in (a finding
//    listed twice in one report counts once).
// 4. "Practise next" looks at the last RECENT attempts: the group with the lowest average share
//    is the weakest; its lost points are summed by concept, and the prompt whose topics cover the
//    most lost points is proposed (ties: fewer attempts on it, then title). When no prompt's
//    topics touch those concepts, the prompt where that group scored lowest is proposed.

export const RECENT = 5;

export type GroupId = Criterion["group"];

export type Attempt = {
  id: string;
  submittedAt: Date;
  score: number;
  promptSlug: string;
  promptTitle: string;
  criteria: readonly Pick<Criterion, "group" | "points" | "max" | "concept">[];
  findings: readonly (Pick<Finding, "id" | "severity" | "concept" | "message"> & { text?: Text })[];
  unmet: readonly { requirement: string }[];
  phaseSeconds: readonly [number, number, number, number];
  bands: readonly (readonly [number, number])[];
};

export type CataloguePrompt = { slug: string; title: string; topics: readonly string[] };

export type ScorePoint = { n: number; id: string; date: string; score: number; promptSlug: string; promptTitle: string };
export type PromptSeries = { slug: string; title: string; points: { n: number; id: string; score: number }[]; best: number; last: number };
export type GroupPoint = { n: number; id: string } & Record<GroupId, number | null>;
export type PhasePoint = { n: number; id: string; minutes: [number, number, number, number]; verdicts: [PhaseVerdict, PhaseVerdict, PhaseVerdict, PhaseVerdict] };
/** `label` and `detail` are English; `text` and `detailText`, when known, the same words language-neutral (said at the page). */
export type Recurring = { key: string; label: string; detail: string; count: number; text?: Text; detailText?: Text };
/** `reason` is `reasonText` in English; the page says `reasonText` in the reader's language. */
export type PractiseNext = { group: { id: GroupId; title: string; average: number }; prompt: CataloguePrompt | null; reason: string; reasonText: Text };

export type Progress = {
  attempts: ScorePoint[];
  perPrompt: PromptSeries[];
  groups: GroupPoint[];
  phases: PhasePoint[];
  bands: readonly (readonly [number, number])[] | null;
  findings: Recurring[];
  unmet: Recurring[];
  next: PractiseNext | null;
};

const round1 = (x: number) => Math.round(x * 10) / 10;

export function groupShares(criteria: Attempt["criteria"]): Record<GroupId, number | null> {
  const out = {} as Record<GroupId, number | null>;
  for (const g of CRITERION_GROUPS) {
    const members = criteria.filter((c) => c.group === g.id);
    const max = members.reduce((s, c) => s + c.max, 0);
    out[g.id] = max > 0 ? members.reduce((s, c) => s + c.points, 0) / max : null;
  }
  return out;
}

function byOrder(a: Attempt, b: Attempt): number {
  return a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function scoreSeries(attempts: readonly Attempt[]): { all: ScorePoint[]; perPrompt: PromptSeries[] } {
  const all = attempts.map((a, i) => ({ n: i + 1, id: a.id, date: a.submittedAt.toISOString(), score: a.score, promptSlug: a.promptSlug, promptTitle: a.promptTitle }));
  const bySlug = new Map<string, PromptSeries>();
  for (const a of attempts) {
    const series = bySlug.get(a.promptSlug) ?? { slug: a.promptSlug, title: a.promptTitle, points: [], best: -Infinity, last: 0 };
    series.points.push({ n: series.points.length + 1, id: a.id, score: a.score });
    series.best = Math.max(series.best, a.score);
    series.last = a.score;
    series.title = a.promptTitle;
    bySlug.set(a.promptSlug, series);
  }
  return { all, perPrompt: [...bySlug.values()].sort((x, y) => x.title.localeCompare(y.title)) };
}

/** The items that recur most over attempts, counted once per attempt; most frequent first. */
export function recurring<T>(attempts: readonly Attempt[], items: (a: Attempt) => readonly T[], key: (t: T) => string, describe: (t: T) => Omit<Recurring, "key" | "count">, limit = 5): Recurring[] {
  const counts = new Map<string, Recurring>();
  for (const a of attempts) {
    const seen = new Set<string>();
    for (const item of items(a)) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      const entry = counts.get(k) ?? { key: k, ...describe(item), count: 0 };
      entry.count += 1;
      // The newest wording wins: messages carry this attempt's numbers.
      Object.assign(entry, describe(item));
      counts.set(k, entry);
    }
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || x.label.localeCompare(y.label)).slice(0, limit);
}

export function practiseNext(attempts: readonly Attempt[], catalogue: readonly CataloguePrompt[]): PractiseNext | null {
  const recent = attempts.slice(-RECENT);
  if (recent.length === 0) return null;
  const averages = CRITERION_GROUPS.map((g) => {
    const shares = recent.map((a) => groupShares(a.criteria)[g.id]).filter((s): s is number => s !== null);
    return { id: g.id as GroupId, title: g.title as string, average: shares.length ? shares.reduce((s, x) => s + x, 0) / shares.length : null };
  }).flatMap((g) => (g.average === null ? [] : [{ ...g, average: g.average }]));
  if (averages.length === 0) return null;
  const weakest = averages.reduce((w, g) => (g.average < w.average ? g : w));
  const lost = new Map<string, number>();
  for (const a of recent) for (const c of a.criteria) if (c.group === weakest.id) lost.set(c.concept, (lost.get(c.concept) ?? 0) + (c.max - c.points));
  const tries = new Map<string, number>();
  for (const a of attempts) tries.set(a.promptSlug, (tries.get(a.promptSlug) ?? 0) + 1);
  const ranked = catalogue
    .map((p) => ({ p, covered: p.topics.reduce((s, t) => s + (lost.get(t) ?? 0), 0), tries: tries.get(p.slug) ?? 0 }))
    .sort((x, y) => y.covered - x.covered || x.tries - y.tries || x.p.title.localeCompare(y.p.title));
  const group = { ...weakest, average: round1(weakest.average * 100) / 100 };
  const best = ranked[0];
  const said = { group: text(`progress.chart.group.${weakest.id}`), recent: recent.length, percent: Math.round(weakest.average * 100) };
  if (best && best.covered > 0) {
    const concepts = best.p.topics.filter((t) => (lost.get(t) ?? 0) > 0);
    const reasonText = text("progress.next.covered", { ...said, prompt: best.p.title, concepts: list(concepts) });
    return { group, prompt: best.p, reason: formatText(reasonText), reasonText };
  }
  // No prompt lists those concepts as topics: take the prompt where this group went worst.
  const worst = recent
    .map((a) => ({ slug: a.promptSlug, share: groupShares(a.criteria)[weakest.id] }))
    .filter((x): x is { slug: string; share: number } => x.share !== null)
    .sort((x, y) => x.share - y.share)[0];
  const prompt = catalogue.find((p) => p.slug === worst?.slug) ?? ranked[0]?.p ?? null;
  const reasonText = text("progress.next.worst", { ...said, hasPrompt: prompt ? "yes" : "no", prompt: prompt?.title ?? "" });
  return { group, prompt, reason: formatText(reasonText), reasonText };
}

/** A recurring finding's words: its English message and detail, and the same as texts for the page. */
export function describeFinding(f: Attempt["findings"][number]): Omit<Recurring, "key" | "count"> {
  return { label: f.message, detail: `${f.severity} · ${f.concept}`, text: f.text, detailText: text("progress.recurringDetail", { severity: f.severity, concept: f.concept }) };
}

export function aggregateProgress(input: readonly Attempt[], catalogue: readonly CataloguePrompt[]): Progress {
  const attempts = [...input].sort(byOrder);
  const { all, perPrompt } = scoreSeries(attempts);
  return {
    attempts: all,
    perPrompt,
    groups: attempts.map((a, i) => ({ n: i + 1, id: a.id, ...groupShares(a.criteria) })),
    phases: attempts.map((a, i) => ({
      n: i + 1,
      id: a.id,
      minutes: a.phaseSeconds.map((s) => round1(s / 60)) as PhasePoint["minutes"],
      verdicts: a.phaseSeconds.map((s, p) => phaseVerdict(s, a.bands[p] ?? [0, Infinity])) as PhasePoint["verdicts"],
    })),
    bands: attempts.at(-1)?.bands ?? null,
    findings: recurring(attempts, (a) => a.findings, (f) => f.id, describeFinding),
    unmet: recurring(attempts, (a) => a.unmet, (u) => u.requirement, (u) => ({
      label: requirementLabel(u.requirement),
      detail: u.requirement,
      text: u.requirement in REQUIREMENT_LABELS ? text(`report.requirements.${u.requirement}`) : undefined,
    })),
    next: practiseNext(attempts, catalogue),
  };
}
