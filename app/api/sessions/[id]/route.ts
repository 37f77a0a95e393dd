// GET /api/sessions/:id – the session's log, clock and checklist (owner only).
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { getSessionView } from "@/lib/sessions/operations";
import { SessionParamsSchema } from "@/lib/sessions/route-schemas";

// The prompt's title and statement come in the reader's language, as on the page.
export const GET = route({ auth: "session-reader", params: SessionParamsSchema }, async ({ req, user, params }) =>
  getSessionView(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, await localeOfRequest(req, user.id)),
);
