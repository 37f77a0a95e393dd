import type { PrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EventSchema, type InterviewEvent } from "@/lib/interview/events";

export type NewEvent = { id: string; type: string; payload: unknown; at?: Date };

/**
 * Appends one event unless an event with its id is already in the session's log. The
 * (sessionId, clientId) primary key makes this safe against retries and against two tabs or
 * two instances racing: the second insert is skipped, never duplicated. Returns the stored
 * event when this call added it, or null when it was there already.
 */
export async function appendEventOnce(client: PrismaClient, sessionId: string, event: NewEvent, now: Date): Promise<InterviewEvent | null> {
  const [stored] = await appendEventsOnce(client, sessionId, [event], now);
  return stored ?? null;
}

/**
 * Appends several events in one statement, in order (each takes the next seq), skipping any
 * whose id is stored already (by an earlier request, a racing one, or earlier in `events`).
 * Returns the events this call stored, in order. One statement instead of one per event: an
 * autosave often carries two or three events, and each statement is a round trip.
 */
export async function appendEventsOnce(client: PrismaClient, sessionId: string, events: readonly NewEvent[], now: Date): Promise<InterviewEvent[]> {
  // Validate every event before any touches the database: the log must always fold.
  const parsed = events.map((event) => EventSchema.parse({ id: event.id, type: event.type, payload: event.payload, at: (event.at ?? now).toISOString() }));
  if (parsed.length === 0) return [];
  // A plain statement: the hot path of every autosave, where createMany's query building cost
  // more than the insert. `at` is stored as UTC wall time, as Prisma stores a DateTime.
  const rows = parsed.map(
    (event) => Prisma.sql`(${sessionId}, ${event.id}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb, (${event.at}::timestamptz AT TIME ZONE 'UTC'))`,
  );
  const inserted = await client.$queryRaw<{ clientId: string }[]>`
    INSERT INTO "SessionEvent" ("sessionId", "clientId", "type", "payload", "at")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("sessionId", "clientId") DO NOTHING
    RETURNING "clientId"`;
  const ids = new Set(inserted.map((row) => row.clientId));
  // The first of two events with one id is the one stored.
  return parsed.filter((event, index) => ids.has(event.id) && parsed.findIndex((other) => other.id === event.id) === index);
}
