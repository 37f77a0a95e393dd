// GET /api/cohorts – the cohorts the caller runs or belongs to.
// POST /api/cohorts – { name } → 201 { id, inviteToken, invitePath }; instructors only.
import { CohortNameSchema, createCohort, listCohorts } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: "user" }, async ({ user }) => ({ cohorts: await listCohorts(db(), user.id) }));

export const POST = route({ auth: ["INSTRUCTOR"], body: CohortNameSchema }, async ({ user, body }) => {
  const cohort = await createCohort(db(), user.id, body.name);
  return Response.json({ ...cohort, invitePath: `/join/${cohort.inviteToken}` }, { status: 201 });
});
