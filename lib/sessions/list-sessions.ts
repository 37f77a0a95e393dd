import type { PrismaClient } from "@/lib/db";

export type SessionListItem = {
  id: string;
  promptTitle: string;
  promptSlug: string;
  mode: "STRICT" | "PRACTICE";
  status: "ACTIVE" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
};

/** A user's sessions, newest first; only ever the caller's own. */
export async function listSessions(client: PrismaClient, userId: string, take = 50): Promise<SessionListItem[]> {
  const rows = await client.interviewSession.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      promptVersion: { select: { title: true, prompt: { select: { slug: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    promptTitle: row.promptVersion.title,
    promptSlug: row.promptVersion.prompt.slug,
    mode: row.mode,
    status: row.status,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    score: row.score,
  }));
}
