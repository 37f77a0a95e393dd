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
  return (await appendEventRows(client, sessionId, events, now)).map((row) => row.event);
}

/** `appendEventsOnce`, with the seq each stored event took. */
export async function appendEventRows(client: PrismaClient, sessionId: string, events: readonly NewEvent[], now: Date): Promise<{ event: InterviewEvent; seq: number }[]> {
  const parsed = parseNewEvents(events, now);
  if (parsed.length === 0) return [];
  const seqs = new Map((await insertEvents(client, sessionId, parsed)).map((row) => [row.clientId, row.seq]));
  // The first of two events with one id is the one stored.
  return parsed.flatMap((event, index) => {
    const seq = seqs.get(event.id);
    return seq !== undefined && parsed.findIndex((other) => other.id === event.id) === index ? [{ event, seq }] : [];
  });
}

/** What the session must still be for a guarded append: its owner's, active, with this many rows. */
export type AppendGuard = { userId: string; eventCount: number };

/**
 * Appends the events, all of them, only if the session is still as the caller last saw it
 * (`guard`: nothing was appended since, by anyone); otherwise appends nothing and returns null.
 * Returns each event's seq. For a caller that decided what to append from what it saw
 * (./append-in-one-statement.ts).
 */
export async function appendEventsIfUnchanged(
  client: PrismaClient,
  sessionId: string,
  guard: AppendGuard,
  events: readonly InterviewEvent[],
): Promise<{ clientId: string; seq: number }[] | null> {
  if (events.length === 0) return [];
  const rows = await insertEvents(client, sessionId, events, guard);
  return rows.length === 0 ? null : rows;
}

/** Validates every event before any touches the database: the log must always fold. */
export function parseNewEvents(events: readonly NewEvent[], now: Date): InterviewEvent[] {
  return events.map((event) => EventSchema.parse({ id: event.id, type: event.type, payload: event.payload, at: (event.at ?? now).toISOString() }));
}

/**
 * One plain statement, the hot path of every autosave (createMany's query building cost more
 * than the insert). It
 * - locks the session's row before inserting anything (the insert reads from `locked`), so two
 *   appends to one session take their turns instead of deadlocking over rows both insert — and
 *   with a guard, locks it only if the session is still as the caller saw it;
 * - inserts in the order given (each row takes the next seq), skipping ids already stored;
 * - adds what it inserted to the session's `eventCount` in the same transaction, so a reader
 *   sees the count and the rows it counts together (./session-log.ts checks completeness by it).
 * `at` is stored as UTC wall time, as Prisma stores a DateTime.
 */
async function insertEvents(client: PrismaClient, sessionId: string, events: readonly InterviewEvent[], guard?: AppendGuard) {
  const rows = events.map(
    (event, index) => Prisma.sql`(${index}::int, ${event.id}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb, (${event.at}::timestamptz AT TIME ZONE 'UTC'))`,
  );
  const unchanged = guard
    ? Prisma.sql`AND "userId" = ${guard.userId} AND "status" = 'ACTIVE' AND "eventCount" = ${guard.eventCount}`
    : Prisma.empty;
  return client.$queryRaw<{ clientId: string; seq: number }[]>`
    WITH locked AS (
      SELECT "id" FROM "InterviewSession" WHERE "id" = ${sessionId} ${unchanged} FOR UPDATE
    ), inserted AS (
      INSERT INTO "SessionEvent" ("sessionId", "clientId", "type", "payload", "at")
      SELECT locked."id", v."clientId", v."type", v."payload", v."at"
      FROM locked CROSS JOIN (VALUES ${Prisma.join(rows)}) AS v("ord", "clientId", "type", "payload", "at")
      ORDER BY v."ord"
      ON CONFLICT ("sessionId", "clientId") DO NOTHING
      RETURNING "clientId", "seq"
    ), counted AS (
      UPDATE "InterviewSession" SET "eventCount" = "eventCount" + (SELECT COUNT(*) FROM inserted)
      WHERE "id" = ${sessionId} AND EXISTS (SELECT 1 FROM inserted)
    )
    SELECT "clientId", "seq" FROM inserted`;
}
