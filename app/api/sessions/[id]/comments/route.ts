// GET /api/sessions/:id/comments – a session's coaching comments (owner and cohort instructors).
// POST /api/sessions/:id/comments – { body, atSeconds?, criterionId? } → 201, cohort instructors only.
import { CommentInputSchema, addComment, listComments } from "@/lib/cohorts/comments";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const GET = route({ auth: "session-reader", params: SessionParamsSchema }, async ({ user, params }) => ({ comments: await listComments(db(), user.id, params.id) }));

export const POST = route({ auth: "session-reader", params: SessionParamsSchema, body: CommentInputSchema }, async ({ user, params, body }) =>
  Response.json(await addComment(db(), user.id, params.id, body), { status: 201 }),
);
