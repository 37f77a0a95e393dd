import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readableBy } from "@/lib/sessions/load-session";
import { text } from "@/lib/simulator/text-tree";

// Coaching comments: a cohort's instructor writes them on a member's session, pinned to a
// moment of its replay (seconds from the start) or to a report criterion; the session's owner
// reads them on the report and the replay, and the header counts the unread ones.

export const CommentInputSchema = z.strictObject({
  body: z.string().trim().min(1, "Write a comment.").max(4000, "Keep a comment under 4 000 characters."),
  atSeconds: z.number().min(0, "A moment is zero seconds or later.").max(6 * 3600, "That moment is past the end of any interview.").optional(),
  criterionId: z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown criterion.").optional(),
});
export type CommentInput = z.infer<typeof CommentInputSchema>;

export type SessionComment = { id: string; body: string; atSeconds: number | null; criterionId: string | null; createdAt: string; author: string; unread: boolean };

/** Only an instructor of a cohort the owner belongs to may comment; anyone else gets "not found". */
export async function addComment(client: PrismaClient, authorId: string, sessionId: string, input: CommentInput): Promise<SessionComment> {
  const session = await client.interviewSession.findFirst({ where: { id: sessionId, ...readableBy(authorId), NOT: { userId: authorId } }, select: { id: true } });
  if (!session) throw new AppError("not_found", text("problems.detail.sessionNotInYourCohort"));
  const row = await client.comment.create({
    data: { sessionId, authorId, body: input.body, atSeconds: input.atSeconds ?? null, criterionId: input.criterionId ?? null },
    select: { id: true, body: true, atSeconds: true, criterionId: true, createdAt: true, readAt: true, author: { select: { name: true } } },
  });
  return toView(row);
}

type Row = { id: string; body: string; atSeconds: number | null; criterionId: string | null; createdAt: Date; readAt: Date | null; author: { name: string } };
const toView = (r: Row): SessionComment => ({ id: r.id, body: r.body, atSeconds: r.atSeconds, criterionId: r.criterionId, createdAt: r.createdAt.toISOString(), author: r.author.name, unread: r.readAt === null });

/** A session's comments, oldest first, for someone who may read the session. */
export async function listComments(client: PrismaClient, viewerId: string, sessionId: string): Promise<SessionComment[]> {
  const session = await client.interviewSession.findFirst({ where: { id: sessionId, ...readableBy(viewerId) }, select: { id: true } });
  if (!session) throw new AppError("not_found", text("problems.detail.sessionNotYours"));
  const rows = await client.comment.findMany({
    where: { sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, atSeconds: true, criterionId: true, createdAt: true, readAt: true, author: { select: { name: true } } },
  });
  return rows.map(toView);
}

/** The owner has seen the session's comments (on its report or replay). */
export async function markCommentsRead(client: PrismaClient, ownerId: string, sessionId: string, now = new Date()): Promise<void> {
  await client.comment.updateMany({ where: { sessionId, readAt: null, session: { userId: ownerId } }, data: { readAt: now } });
}

/** Comments on the user's own sessions they have not opened yet, for the header. */
export async function unreadCommentCount(client: PrismaClient, userId: string): Promise<number> {
  return client.comment.count({ where: { readAt: null, session: { userId }, NOT: { authorId: userId } } });
}

/** Sessions with unread comments, newest comment first, for the header's link. */
export async function sessionsWithUnread(client: PrismaClient, userId: string): Promise<string[]> {
  const rows = await client.comment.findMany({ where: { readAt: null, session: { userId }, NOT: { authorId: userId } }, orderBy: { createdAt: "desc" }, select: { sessionId: true }, take: 50 });
  return [...new Set(rows.map((r) => r.sessionId))];
}
