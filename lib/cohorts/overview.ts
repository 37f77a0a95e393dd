import { describeFinding, recurring, type Attempt, type Recurring } from "@/lib/progress/aggregate";

// The cohort at a glance: each member's best score per prompt, and the findings that recur
// across the cohort's attempts (counted once per attempt, as on Progress).

export type BestScores = { prompts: { slug: string; title: string }[]; rows: { memberId: string; best: Record<string, number> }[] };

export function bestScoresByMember(attempts: readonly (Attempt & { userId: string })[], memberIds: readonly string[]): BestScores {
  const prompts = new Map<string, string>();
  const best = new Map<string, Record<string, number>>(memberIds.map((id) => [id, {}]));
  for (const a of attempts) {
    prompts.set(a.promptSlug, a.promptTitle);
    const row = best.get(a.userId);
    if (!row) continue;
    row[a.promptSlug] = Math.max(a.score, row[a.promptSlug] ?? -Infinity);
  }
  return {
    prompts: [...prompts].map(([slug, title]) => ({ slug, title })).sort((x, y) => x.title.localeCompare(y.title)),
    rows: memberIds.map((id) => ({ memberId: id, best: best.get(id) ?? {} })),
  };
}

export function cohortFindings(attempts: readonly Attempt[], limit = 8): Recurring[] {
  return recurring(attempts, (a) => a.findings, (f) => f.id, describeFinding, limit);
}
