// GET /api/sessions/:id – the session's log, clock and checklist (owner only).
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { asLocale } from "@/lib/i18n/locales";
import { getSessionView } from "@/lib/sessions/operations";
import { SessionParamsSchema } from "@/lib/sessions/route-schemas";

// The prompt's title and statement come in the reader's language, as on the page.
export const GET = route({ auth: "session-reader", params: SessionParamsSchema }, async ({ user, params }) =>
  getSessionView(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, asLocale(await getLocale())),
);
