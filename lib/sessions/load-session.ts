import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InterviewEvent } from "@/lib/interview/events";
import type { PromptDocument } from "@/lib/prompts/schema";
import { rowsToEvents } from "./event-rows";
import { promptVersionDocument } from "./prompt-cache";
import { isSessionId } from "./route-schemas";

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
  // Pages pass the raw URL segment: a NUL or an absurd length must be "not found", not a 500.
  if (!isSessionId(sessionId)) throw new AppError("not_found", "This session does not exist or is not yours.");
  return loadSessionWhere(client, { id: sessionId, userId });
}

/**
 * Who may read a session (report, replay, exports, comments): its owner, and the instructors
 * of a cohort the owner is a member of. Everyone else, and a made-up id, get "not found".
 */
export function readableBy(viewerId: string) {
  return {
    OR: [
      { userId: viewerId },
      { user: { cohorts: { some: { role: "MEMBER" as const, cohort: { members: { some: { userId: viewerId, role: "INSTRUCTOR" as const } } } } } } },
    ],
  };
}

export type ReadableSession = LoadedSession & { viewer: "owner" | "coach" };

/** A session its owner or one of their cohort's instructors may read, with who is reading. */
export async function loadReadableSession(client: PrismaClient, sessionId: string, viewerId: string): Promise<ReadableSession> {
  if (!isSessionId(sessionId)) throw new AppError("not_found", "This session does not exist or is not yours.");
  const session = await loadSessionWhere(client, { id: sessionId, ...readableBy(viewerId) });
  return { ...session, viewer: session.userId === viewerId ? "owner" : "coach" };
}

async function loadSessionWhere(client: PrismaClient, where: Prisma.InterviewSessionWhereInput): Promise<LoadedSession> {
  const row = await client.interviewSession.findFirst({
    where,
    select: {
      id: true,
      userId: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      report: true,
      score: true,
      promptVersion: { select: { id: true, version: true } },
      events: { orderBy: { seq: "asc" }, select: { clientId: true, type: true, payload: true, at: true } },
    },
  });
  if (!row) throw new AppError("not_found", "This session does not exist or is not yours.");
  const prompt = await promptVersionDocument(client, row.promptVersion.id);
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
 * Whether this user may see the session (its owner, or — with `readers` — an instructor of the
 * owner's cohort): one indexed lookup, cheap enough to run in a layout before any loading state
 * streams, so an unknown id answers with a real 404 status.
 */
export async function canSeeSession(client: PrismaClient, sessionId: string, userId: string, access: "owner" | "readers"): Promise<boolean> {
  if (!isSessionId(sessionId)) return false;
  const where = access === "owner" ? { id: sessionId, userId } : { id: sessionId, ...readableBy(userId) };
  return (await client.interviewSession.count({ where })) === 1;
}
