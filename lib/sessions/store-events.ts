import type { PrismaClient } from "@/lib/db";
import { EventSchema, type InterviewEvent } from "@/lib/interview/events";

export type NewEvent = { id: string; type: string; payload: unknown; at?: Date };

/**
 * Appends one event unless an event with its id is already in the session's log. The
 * (sessionId, clientId) primary key makes this safe against retries and against two tabs or
 * two instances racing: the second insert is skipped, never duplicated. Returns the stored
 * event when this call added it, or null when it was there already.
 */
export async function appendEventOnce(client: PrismaClient, sessionId: string, event: NewEvent, now: Date): Promise<InterviewEvent | null> {
  const at = event.at ?? now;
  // Validate the full event before it touches the database: the log must always fold.
  const parsed = EventSchema.parse({ id: event.id, type: event.type, payload: event.payload, at: at.toISOString() });
  // One plain statement: the hot path of every autosave, where createMany's query building cost
  // more than the insert. `at` is stored as UTC wall time, as Prisma stores a DateTime.
  const count = await client.$executeRaw`
    INSERT INTO "SessionEvent" ("sessionId", "clientId", "type", "payload", "at")
    VALUES (${sessionId}, ${parsed.id}, ${parsed.type}, ${JSON.stringify(parsed.payload)}::jsonb, (${at.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("sessionId", "clientId") DO NOTHING`;
  return count === 1 ? parsed : null;
}
