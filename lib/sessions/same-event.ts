import { AppError, fieldProblem } from "@/lib/errors";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import { list, text } from "@/lib/simulator/text-tree";

/**
 * Is a resent event the one already stored under its id? Idempotent appends acknowledge a retry
 * without a second row, but only a true retry: the same id with another type or payload is a
 * client bug (or two clients sharing ids), and silently keeping the first would lose the second.
 * Payloads are compared as JSON values, key order aside (PostgreSQL's jsonb reorders keys).
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  }
  return value;
}

export function isSameEvent(stored: Pick<InterviewEvent, "type" | "payload">, sent: ClientEvent): boolean {
  return stored.type === sent.type && JSON.stringify(canonical(stored.payload)) === JSON.stringify(canonical(sent.payload));
}

/** 409 naming every id resent (or repeated in the batch) with a different type or payload; nothing in the batch is stored. */
export function assertNoConflictingResends(stored: readonly InterviewEvent[], batch: readonly ClientEvent[]): void {
  const byId = new Map<string, Pick<InterviewEvent, "type" | "payload">>(stored.map((event) => [event.id, event]));
  const problems = batch.flatMap((event, index) => {
    const existing = byId.get(event.id);
    if (!existing) byId.set(event.id, event);
    if (!existing || isSameEvent(existing, event)) return [];
    return [{ id: event.id, problem: fieldProblem(`events.${index}.id`, text("problems.field.eventIdReused", { id: event.id, what: existing.type === event.type ? "payload" : "type" })) }];
  });
  if (problems.length > 0) {
    throw new AppError("conflict", text("problems.detail.eventIdReused", { ids: list(problems.map((p) => `"${p.id}"`)) }), { problems: problems.map((p) => p.problem) });
  }
}
