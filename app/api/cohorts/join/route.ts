// POST /api/cohorts/join – { token } → { id, name }: join a cohort by its invite token.
import { z } from "zod";
import { InviteTokenSchema, joinCohort } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const POST = route({ auth: "user", body: z.strictObject({ token: InviteTokenSchema }) }, async ({ user, body }) => joinCohort(db(), user.id, body.token));
