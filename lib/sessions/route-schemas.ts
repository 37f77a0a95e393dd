import { z } from "zod";
import { ClientEventIdSchema, ClientEventSchema } from "@/lib/interview/events";
import { ScenarioSchema } from "@/lib/simulator/schema";

/** Request shapes of the session routes; one place, so the client and the handlers agree. */
export const SessionParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

export const AppendEventsSchema = z.strictObject({
  events: z.array(ClientEventSchema).min(1, "Send at least one event.").max(50, "Send at most 50 events at once."),
});

const requestId = ClientEventIdSchema;

export const FeedbackRequestSchema = z.strictObject({ requestId });
export const ScenarioRequestSchema = z.strictObject({ requestId, scenario: ScenarioSchema });

/** Design snapshots make the largest bodies: 300 nodes and 1 000 edges fit well inside this. */
export const MAX_EVENTS_BODY_BYTES = 1024 * 1024;
