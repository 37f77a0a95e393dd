import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InterviewEvent } from "@/lib/interview/events";
import type { PromptDocument } from "@/lib/prompts/schema";
import { rowsToEvents } from "./event-rows";
import type { SeqRow } from "./session-log";
import { promptVersionDocument } from "./prompt-cache";
import { isSessionId } from "./route-schemas";
import { text } from "@/lib/simulator/text-tree";

/** A session's row and prompt, without its log. */
export type SessionHead = {
  id: string;
  userId: string;
  mode: "STRICT" | "PRACTICE";
  status: "ACTIVE" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  prompt: PromptDocument;
  promptVersion: number;
};

export type LoadedSession = SessionHead & { report: unknown; events: InterviewEvent[] };

/**
 * A session with its prompt version and its event log, if it belongs to this user. Someone
 * else's session is "not found", never "forbidden", so ids reveal nothing.
 */
export async function loadOwnedSession(client: PrismaClient, sessionId: string, userId: string): Promise<LoadedSession> {
  // Pages pass the raw URL segment: a NUL or an absurd length must be "not found", not a 500.
  if (!isSessionId(sessionId)) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
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
  if (!isSessionId(sessionId)) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
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
  if (!row) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
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

export type SessionLogRead = { head: SessionHead; rows: SeqRow[]; rowCount: number };

/**
 * The owner's session with the rows of its log after `afterSeq` (all of them with -1) and how
 * many rows the log has, in one statement, so the rows and the count come from one snapshot
 * (./session-log.ts relies on that; the count commits with the rows it counts). The request that changes a session reads this, not the
 * whole log: what it has folded before stays in ./session-log-cache.ts.
 */
export async function loadOwnedSessionLog(client: PrismaClient, sessionId: string, userId: string, afterSeq: number): Promise<SessionLogRead> {
  if (!isSessionId(sessionId)) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
  const rows = await client.$queryRaw<LogRow[]>`
    SELECT s."id", s."userId", s."mode"::text AS "mode", s."status"::text AS "status", s."startedAt", s."submittedAt", s."score",
           s."promptVersionId", v."version" AS "promptVersion",
           s."eventCount" AS "rowCount", e."clientId", e."seq", e."type", e."payload", e."at"
    FROM "InterviewSession" s
    JOIN "PromptVersion" v ON v."id" = s."promptVersionId"
    -- The count is kept with the rows it counts (./store-events.ts), so it is read, not counted:
    -- counting a late interview's 2 700 rows cost PostgreSQL up to 10 ms per autosave.
    LEFT JOIN "SessionEvent" e ON e."sessionId" = s."id" AND e."seq" > ${afterSeq}
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId}
    ORDER BY e."seq" ASC`;
  const first = rows[0];
  if (!first) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
  const prompt = await promptVersionDocument(client, first.promptVersionId);
  return {
    head: {
      id: first.id,
      userId: first.userId,
      mode: first.mode,
      status: first.status,
      startedAt: first.startedAt,
      submittedAt: first.submittedAt,
      score: first.score,
      prompt,
      promptVersion: first.promptVersion,
    },
    rows: rows.flatMap((row) => (row.clientId === null ? [] : [{ clientId: row.clientId, seq: row.seq, type: row.type, payload: row.payload, at: row.at }])),
    rowCount: first.rowCount,
  };
}

type LogRow = Omit<SessionHead, "prompt"> & {
  promptVersionId: string;
  rowCount: number;
  // Null when no row follows the cursor (the LEFT JOIN's one row of the session alone).
  clientId: string | null;
  seq: number;
  type: string;
  payload: unknown;
  at: Date;
};
