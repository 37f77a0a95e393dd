import type { ClientEvent } from "@/lib/interview/events";

/**
 * The client's queue of events not yet acknowledged by the server, kept in localStorage so a
 * reload, a crash or a closed laptop loses nothing: the next page load sends them again, and
 * the server's idempotent append makes the resend harmless.
 */
export type OutboxStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** A queued event and when the candidate made it (shown until the server stamps its own time). */
export type QueuedEvent = { event: ClientEvent; at: string };

export function outboxKey(sessionId: string): string {
  return `designdrill:outbox:${sessionId}`;
}

export function readOutbox(storage: OutboxStorage | null, sessionId: string): QueuedEvent[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(outboxKey(sessionId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    // The server validates every event again; here we only keep entries of the right shape.
    return Array.isArray(parsed)
      ? (parsed as QueuedEvent[]).filter((entry) => typeof entry?.at === "string" && typeof entry?.event?.id === "string")
      : [];
  } catch {
    return [];
  }
}

export function writeOutbox(storage: OutboxStorage | null, sessionId: string, events: readonly QueuedEvent[]): void {
  if (!storage) return;
  try {
    if (events.length === 0) storage.removeItem(outboxKey(sessionId));
    else storage.setItem(outboxKey(sessionId), JSON.stringify(events));
  } catch {
    // Storage full or blocked: the in-memory queue still retries while the page is open.
  }
}

/**
 * Adds an event. A board snapshot or a note replaces an unsent one of the same kind, because
 * only the latest matters and a long offline spell should not pile up hundreds of snapshots.
 */
export function enqueue(queue: readonly QueuedEvent[], entry: QueuedEvent, inFlight: ReadonlySet<string>): QueuedEvent[] {
  const { event } = entry;
  // Submission is final: nothing queued after it would be accepted.
  if (queue.some((queued) => queued.event.type === "submitted")) return [...queue];
  const replaceable = ({ event: queued }: QueuedEvent) =>
    !inFlight.has(queued.id) &&
    ((event.type === "design_set" && queued.type === "design_set") ||
      (event.type === "note_set" && queued.type === "note_set" && queued.payload.phase === event.payload.phase) ||
      (event.type === "functional_set" && queued.type === "functional_set"));
  return [...queue.filter((queued) => !replaceable(queued)), entry];
}

/** Delay before the n-th retry: 1 s, 2 s, 4 s … capped at 15 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** Math.max(0, attempt));
}

/** A client-made event id: unique enough across tabs and reloads, and valid for the server. */
export function newEventId(): string {
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID().replace(/-/g, "") : Math.random().toString(36).slice(2);
  return `e${Date.now().toString(36)}${random}`.slice(0, 40);
}

/**
 * The events a 400 answer names (`events.3.payload.text` → index 3), so only those are dropped
 * and the rest of the batch is sent again. Null when the answer names no event.
 */
export function rejectedIndexes(problems: readonly { path: string }[] | undefined): Set<number> | null {
  const indexes = new Set<number>();
  for (const problem of problems ?? []) {
    const match = /^events\.(\d+)(\.|$)/.exec(problem.path);
    if (match) indexes.add(Number(match[1]));
  }
  return indexes.size > 0 ? indexes : null;
}
