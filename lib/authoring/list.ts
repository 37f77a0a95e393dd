import type { PrismaClient } from "@/lib/db";

// The author's list: every prompt with its newest version, the published one, and how it is
// used. Preview sessions are left out of the counts: they are instructors trying the prompt.

export type AuthorPromptRow = {
  slug: string;
  title: string;
  latestVersion: number;
  versionCount: number;
  /** The version new sessions start with, or null when the prompt is not in the catalogue. */
  publishedVersion: number | null;
  sessions: number;
  /** Mean score of submitted sessions, rounded; null before the first. */
  averageScore: number | null;
};

export async function authorPromptList(client: PrismaClient): Promise<AuthorPromptRow[]> {
  const [prompts, usage, scored] = await Promise.all([
    client.prompt.findMany({
      orderBy: { slug: "asc" },
      select: { slug: true, versions: { orderBy: { version: "desc" }, select: { id: true, version: true, title: true, published: true } } },
    }),
    client.interviewSession.groupBy({ by: ["promptVersionId"], where: { preview: false }, _count: { _all: true } }),
    client.interviewSession.groupBy({
      by: ["promptVersionId"],
      where: { preview: false, status: "SUBMITTED", score: { not: null } },
      _count: { _all: true },
      _sum: { score: true },
    }),
  ]);
  const sessionsOf = new Map(usage.map((row) => [row.promptVersionId, row._count._all]));
  const scoreOf = new Map(scored.map((row) => [row.promptVersionId, { n: row._count._all, sum: row._sum.score ?? 0 }]));
  return prompts.flatMap((prompt) => {
    const latest = prompt.versions[0];
    if (!latest) return [];
    let sessions = 0;
    let n = 0;
    let sum = 0;
    for (const version of prompt.versions) {
      sessions += sessionsOf.get(version.id) ?? 0;
      n += scoreOf.get(version.id)?.n ?? 0;
      sum += scoreOf.get(version.id)?.sum ?? 0;
    }
    return [
      {
        slug: prompt.slug,
        title: latest.title,
        latestVersion: latest.version,
        versionCount: prompt.versions.length,
        publishedVersion: prompt.versions.find((v) => v.published)?.version ?? null,
        sessions,
        averageScore: n > 0 ? Math.round(sum / n) : null,
      },
    ];
  });
}
