import { EventSchema, type InterviewEvent } from "@/lib/interview/events";

export type EventRow = { clientId: string; type: string; payload: unknown; at: Date };

/**
 * A stored row back to a typed event. Rows were validated on the way in; parsing again keeps
 * the fold total even if a row was written by an older version of the code. A row that no
 * longer parses is skipped rather than taking the whole session down.
 */
export function rowsToEvents(rows: readonly EventRow[]): InterviewEvent[] {
  const events: InterviewEvent[] = [];
  for (const row of rows) {
    const parsed = EventSchema.safeParse({ id: row.clientId, type: row.type, payload: row.payload, at: row.at.toISOString() });
    if (parsed.success) events.push(parsed.data);
    else console.error(`Skipping unreadable event ${row.clientId} (${row.type}):`, parsed.error.issues[0]?.message);
  }
  return events;
}
