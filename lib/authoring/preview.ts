import type { PrismaClient } from "@/lib/db";
import { AppError, fieldProblem } from "@/lib/errors";
import { PromptDocumentSchema } from "@/lib/prompts/schema";
import { text } from "@/lib/simulator/text-tree";

/**
 * A real practice session on any version (drafts included), marked as a preview: it runs like
 * any interview, but History, Progress, statistics and cohorts never count it.
 */
export async function startPreviewSession(client: PrismaClient, userId: string, slug: string, version: number): Promise<{ id: string }> {
  const row = await client.promptVersion.findFirst({ where: { version, prompt: { slug } }, select: { id: true } });
  if (!row) throw new AppError("not_found", text("problems.detail.noVersion", { slug, version }), { problems: [fieldProblem("version", text("problems.field.noSuchVersion"))] });
  return client.interviewSession.create({ data: { userId, promptVersionId: row.id, mode: "PRACTICE", preview: true }, select: { id: true } });
}

export type PreviewFact = { id: string; topic: string; answer: string; key: boolean; sets: string[] };

/**
 * The facts of a preview session's version, for the panel beside its chat; null for any other
 * session (a candidate's interview never shows its facts).
 */
export async function previewFacts(client: PrismaClient, sessionId: string, userId: string): Promise<PreviewFact[] | null> {
  const row = await client.interviewSession.findFirst({ where: { id: sessionId, userId, preview: true }, select: { promptVersion: { select: { document: true } } } });
  if (!row) return null;
  const parsed = PromptDocumentSchema.safeParse(row.promptVersion.document);
  if (!parsed.success) return null;
  return parsed.data.facts.map((fact) => ({ id: fact.id, topic: fact.topic, answer: fact.answer, key: fact.key, sets: Object.keys(fact.sets ?? {}) }));
}
