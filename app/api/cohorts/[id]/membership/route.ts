// DELETE /api/cohorts/:id/membership – leave a cohort one is a member of → 204.
import { z } from "zod";
import { CohortIdSchema, leaveCohort } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const DELETE = route({ auth: "user", params: z.strictObject({ id: CohortIdSchema }) }, async ({ user, params }) => {
  await leaveCohort(db(), user.id, params.id);
  return new Response(null, { status: 204 });
});
