// POST /api/sessions/:id/events – append the candidate's events idempotently (owner only).
// On the primary: the acknowledgement must reflect the stored log (read-your-writes).
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { route } from "@/lib/http/route";
import { observeAutosave } from "@/lib/observability/autosave";
import { appendClientEvents } from "@/lib/sessions/operations";
import { AppendEventsSchema, MAX_EVENTS_BODY_BYTES, SessionParamsSchema } from "@/lib/sessions/route-schemas";

export const POST = route(
  { auth: "session-reader", params: SessionParamsSchema, body: AppendEventsSchema, maxBodyBytes: MAX_EVENTS_BODY_BYTES },
  async ({ user, params, body }) =>
    observeAutosave(() =>
      appendClientEvents(db(), { sessionId: params.id, userId: user.id, now: new Date(), timeScale: timeScale() }, body.events),
    ),
);
