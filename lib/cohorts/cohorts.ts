import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUnstorable } from "@/lib/content/unstorable";
import { text } from "@/lib/simulator/text-tree";

// Cohorts: an instructor creates one and shares its invite link; whoever opens the link while
// signed in may join as a member and leave again. The cohort's instructors read its members'
// sessions (lib/sessions/load-session.ts `readableBy`); members never see each other's.

export const CohortNameSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, "Give the cohort a name.")
    .max(80, "Keep the name under 80 characters.")
    // A form can carry a NUL, which PostgreSQL cannot store (../content/unstorable.ts).
    .refine((name) => !isUnstorable(name), { message: "The name contains a character that cannot be stored.", params: { reason: "unstorable" } }),
});
export const InviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "This invite link is not valid.");
export const CohortIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/i, "Unknown cohort.");

export type CohortSummary = { id: string; name: string; role: "INSTRUCTOR" | "MEMBER"; memberCount: number; inviteToken: string | null; createdAt: Date };

export async function createCohort(client: PrismaClient, instructorId: string, name: string): Promise<{ id: string; inviteToken: string }> {
  // 144 random bits: the token is the only thing that lets someone in.
  const inviteToken = randomBytes(18).toString("base64url");
  return client.cohort.create({
    data: { name, inviteToken, members: { create: { userId: instructorId, role: "INSTRUCTOR" } } },
    select: { id: true, inviteToken: true },
  });
}

/** The cohorts a user runs or belongs to; the invite token only for those they run. */
export async function listCohorts(client: PrismaClient, userId: string): Promise<CohortSummary[]> {
  const rows = await client.cohortMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "desc" },
    select: { role: true, cohort: { select: { id: true, name: true, inviteToken: true, createdAt: true, _count: { select: { members: { where: { role: "MEMBER" } } } } } } },
  });
  return rows.map((r) => ({
    id: r.cohort.id,
    name: r.cohort.name,
    role: r.role,
    memberCount: r.cohort._count.members,
    inviteToken: r.role === "INSTRUCTOR" ? r.cohort.inviteToken : null,
    createdAt: r.cohort.createdAt,
  }));
}

export async function findCohortByToken(client: PrismaClient, token: string): Promise<{ id: string; name: string; instructors: string[] }> {
  const cohort = await client.cohort.findUnique({
    where: { inviteToken: token },
    select: { id: true, name: true, members: { where: { role: "INSTRUCTOR" }, select: { user: { select: { name: true } } } } },
  });
  if (!cohort) throw new AppError("not_found", text("problems.detail.inviteInvalid"));
  return { id: cohort.id, name: cohort.name, instructors: cohort.members.map((m) => m.user.name) };
}

/** Joins by invite token as a member; joining twice changes nothing, and an instructor stays one. */
export async function joinCohort(client: PrismaClient, userId: string, token: string): Promise<{ id: string; name: string }> {
  const cohort = await findCohortByToken(client, token);
  await client.cohortMember.upsert({
    where: { cohortId_userId: { cohortId: cohort.id, userId } },
    create: { cohortId: cohort.id, userId, role: "MEMBER" },
    update: {},
  });
  return { id: cohort.id, name: cohort.name };
}

/** Leaves a cohort one is a member of; from then on its instructors no longer see one's sessions. */
export async function leaveCohort(client: PrismaClient, userId: string, cohortId: string): Promise<void> {
  const { count } = await client.cohortMember.deleteMany({ where: { cohortId, userId, role: "MEMBER" } });
  if (count === 0) throw new AppError("not_found", text("problems.detail.notCohortMember"));
}

export type CohortDetail = { id: string; name: string; inviteToken: string; members: { id: string; name: string; email: string; joinedAt: Date }[] };

/** A cohort as its instructor sees it; anyone else gets "not found". */
export async function loadCohortForInstructor(client: PrismaClient, instructorId: string, cohortId: string): Promise<CohortDetail> {
  const cohort = await client.cohort.findFirst({
    where: { id: cohortId, members: { some: { userId: instructorId, role: "INSTRUCTOR" } } },
    select: {
      id: true,
      name: true,
      inviteToken: true,
      members: { where: { role: "MEMBER" }, orderBy: { joinedAt: "asc" }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!cohort) throw new AppError("not_found", text("problems.detail.cohortNotYours"));
  return { id: cohort.id, name: cohort.name, inviteToken: cohort.inviteToken, members: cohort.members.map((m) => ({ ...m.user, joinedAt: m.joinedAt })) };
}
