import type { PrismaClient } from "@/lib/db";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import { applyClientEvents, type AppendResult } from "./client-events";
import { extendLogSummaryWithStored } from "./session-log";
import { cachedLogSummary, cachedSessionHead, forgetLogSummary } from "./session-log-cache";
import { appendEventsIfUnchanged, parseNewEvents } from "./store-events";
import { LiveSession, type EventStore } from "./sync-session";

type Who = { sessionId: string; userId: string; now: Date; timeScale: number };

/** Thrown when working out the append would need the database (a submission, a resent id). */
class NeedsDatabase extends Error {}

/** A database client for the dry run: any use of it means this path cannot serve the request. */
const noDatabase = new Proxy({} as PrismaClient, {
  get() {
    throw new NeedsDatabase();
  },
});

/**
 * An autosave in one round trip, when this process served the session's last request.
 *
 * The usual path reads the rows stored since this process last looked, then inserts: two round
 * trips per autosave. But when nobody else has appended since (one candidate, one tab, one
 * instance: nearly always), what the server does with the events follows from what this process
 * already knows: the log summary and the session's row it keeps (./session-log-cache.ts). So the
 * whole request is worked out in memory first (a dry run of the same code, ./client-events.ts,
 * with a store that collects the events instead of writing them), and then written in one
 * statement that inserts all of it only if the session is still exactly as last seen: its
 * owner's, active, with as many rows as the summary accounts for (`appendEventsIfUnchanged`).
 * If anything changed, nothing is written and the usual path serves the request, as it does
 * whenever working it out needs the database (a resent id, a submission, the time limit).
 *
 * Returns null when this path cannot serve the request.
 */
export async function appendInOneStatement(client: PrismaClient, who: Who, events: readonly ClientEvent[]): Promise<AppendResult | null> {
  const summary = cachedLogSummary(client, who.sessionId);
  const head = cachedSessionHead(client, who.sessionId);
  if (!summary || !head || head.userId !== who.userId || head.status !== "ACTIVE") return null;
  // A resent id is compared with its stored event, which the summary does not keep.
  if (events.some((event) => summary.ids.has(event.id))) return null;
  const eventCount = summary.ids.size;
  const planned: InterviewEvent[] = [];
  const collect: EventStore = async (batch) => {
    const stored: InterviewEvent[] = [];
    for (const event of parseNewEvents(batch, who.now)) {
      // As the database would: an id stored already, or earlier in this request, is skipped.
      if (summary.ids.has(event.id) || planned.some((other) => other.id === event.id)) continue;
      stored.push(event);
      planned.push(event);
    }
    return stored;
  };
  let result: AppendResult;
  try {
    const current = new LiveSession(noDatabase, { ...head }, who.now, who.timeScale, summary, collect);
    await current.tick();
    result = await applyClientEvents(current, events);
  } catch (error) {
    if (error instanceof NeedsDatabase) return null;
    throw error;
  }
  // Nothing to write would check nothing: the usual path reads the session and answers.
  if (planned.length === 0) return null;
  const written = await appendEventsIfUnchanged(client, who.sessionId, { userId: who.userId, eventCount }, planned);
  if (!written) return null;
  if (written.length !== planned.length) {
    // Cannot happen while the guard holds (every planned id is new); if it did, part is stored:
    // start this session afresh and let the usual path, which is idempotent, answer.
    forgetLogSummary(client, who.sessionId);
    return null;
  }
  const seqs = new Map(written.map((row) => [row.clientId, row.seq]));
  extendLogSummaryWithStored(
    summary,
    planned.map((event) => ({ event, seq: seqs.get(event.id) ?? -1 })),
  );
  return result;
}
