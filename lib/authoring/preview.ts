import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A real practice session on any version (drafts included), marked as a preview: it runs like
 * any interview, but History, Progress, statistics and cohorts never count it.
 */
export async function startPreviewSession(client: PrismaClient, userId: string, slug: string, version: number): Promise<{ id: string }> {
  const row = await client.promptVersion.findFirst({ where: { version, prompt: { slug } }, select: { id: true } });
  if (!row) throw new AppError("not_found", `"${slug}" has no version ${version}.`, { problems: [{ path: "version", message: "no such version" }] });
  return client.interviewSession.create({ data: { userId, promptVersionId: row.id, mode: "PRACTICE", preview: true }, select: { id: true } });
}
