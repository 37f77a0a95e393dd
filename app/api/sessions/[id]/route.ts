// GET /api/sessions/:id – the session's log, clock and checklist (owner only).
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { getSessionView } from "@/lib/sessions/operations";
import { SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const GET = route({ auth: "session-reader", params: SessionParamsSchema }, async ({ user, params }) =>
  getSessionView(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }),
);
