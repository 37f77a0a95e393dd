import type { PrismaClient } from "@/lib/db";

/**
 * The candidate's best score on each prompt, by slug, over their submitted sessions only
 * (an interview in progress has no score yet) that were not previews. Any version of the prompt counts: a new
 * version is the same exercise, edited.
 */
export async function bestScores(client: PrismaClient, userId: string): Promise<Map<string, number>> {
  // Group in the database, so the cost follows the number of prompt versions, not sessions.
  const perVersion = await client.interviewSession.groupBy({
    by: ["promptVersionId"],
    where: { userId, status: "SUBMITTED", score: { not: null }, preview: false },
    _max: { score: true },
  });
  if (perVersion.length === 0) return new Map();
  const versions = await client.promptVersion.findMany({
    where: { id: { in: perVersion.map((row) => row.promptVersionId) } },
    select: { id: true, prompt: { select: { slug: true } } },
  });
  const slugOf = new Map(versions.map((v) => [v.id, v.prompt.slug]));
  const best = new Map<string, number>();
  for (const row of perVersion) {
    const slug = slugOf.get(row.promptVersionId);
    const score = row._max.score;
    if (slug === undefined || score === null) continue;
    best.set(slug, Math.max(score, best.get(slug) ?? -Infinity));
  }
  return best;
}
