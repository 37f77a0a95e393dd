import { z } from "zod";
import { ClientEventIdSchema, ClientEventSchema } from "@/lib/interview/events";
import { ScenarioSchema } from "@/lib/simulator/schema";

/**
 * Session ids are cuids; anything outside letters, digits, `_` and `-` (a NUL, a slash, 10 000
 * characters) is refused here, before the database sees it.
 */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export function isSessionId(value: string): boolean {
  return SESSION_ID_PATTERN.test(value);
}

/** Request shapes of the session routes; one place, so the client and the handlers agree. */
export const SessionParamsSchema = z.strictObject({
  id: z.string().regex(SESSION_ID_PATTERN, "A session id is 1-64 letters, digits, _ or -."),
});

export const AppendEventsSchema = z.strictObject({
  events: z.array(ClientEventSchema).min(1, "Send at least one event.").max(50, "Send at most 50 events at once."),
});

const requestId = ClientEventIdSchema;

export const FeedbackRequestSchema = z.strictObject({ requestId });
export const ScenarioRequestSchema = z.strictObject({ requestId, scenario: ScenarioSchema });

/** Design snapshots make the largest bodies: 300 nodes and 1 000 edges fit well inside this. */
export const MAX_EVENTS_BODY_BYTES = 1024 * 1024;
