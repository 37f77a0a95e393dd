// POST /api/sessions/:id/feedback – run the simulator on the board; the interviewer reacts.
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { requestFeedback } from "@/lib/sessions/operations";
import { FeedbackRequestSchema, SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const POST = route({ auth: "user", params: SessionParamsSchema, body: FeedbackRequestSchema }, async ({ user, params, body }) =>
  requestFeedback(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, body.requestId),
);
