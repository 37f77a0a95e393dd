// POST /api/sessions/:id/feedback – run the simulator on the board; the interviewer reacts.
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { enforceSimulateLimit } from "@/lib/rate-limit";
import { requestFeedback } from "@/lib/sessions/operations";
import { FeedbackRequestSchema, SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const POST = route({ auth: "session-reader", params: SessionParamsSchema, body: FeedbackRequestSchema }, async ({ user, params, body }) => {
  await enforceSimulateLimit(db(), user.id);
  return requestFeedback(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, body.requestId);
});
