import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { InterviewEvent } from "@/lib/interview/events";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { rowsToEvents } from "./event-rows";

export type LoadedSession = {
  id: string;
  userId: string;
  mode: "STRICT" | "PRACTICE";
  status: "ACTIVE" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  report: unknown;
  score: number | null;
  prompt: PromptDocument;
  promptVersion: number;
  events: InterviewEvent[];
};

/**
 * A session with its prompt version and its event log, if it belongs to this user. Someone
 * else's session is "not found", never "forbidden", so ids reveal nothing.
 */
export async function loadOwnedSession(client: PrismaClient, sessionId: string, userId: string): Promise<LoadedSession> {
  const row = await client.interviewSession.findFirst({
    where: { id: sessionId, userId },
    select: {
      id: true,
      userId: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      report: true,
      score: true,
      promptVersion: { select: { version: true, document: true } },
      events: { orderBy: { seq: "asc" }, select: { clientId: true, type: true, payload: true, at: true } },
    },
  });
  if (!row) throw new AppError("not_found", "This session does not exist or is not yours.");
  const prompt = PromptDocumentSchema.parse(row.promptVersion.document);
  return {
    id: row.id,
    userId: row.userId,
    mode: row.mode,
    status: row.status,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    report: row.report,
    score: row.score,
    prompt,
    promptVersion: row.promptVersion.version,
    events: rowsToEvents(row.events),
  };
}

/**
 * Whether this user owns the session: one indexed lookup, cheap enough to run in a layout
 * before any loading state streams, so an unknown id answers with a real 404 status.
 */
export async function ownsSession(client: PrismaClient, sessionId: string, userId: string): Promise<boolean> {
  if (sessionId.length > 100) return false;
  const row = await client.interviewSession.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
  return row !== null;
}
