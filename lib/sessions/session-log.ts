import type { InterviewEvent } from "@/lib/interview/events";
import { applyEvent, emptySessionState, type SessionState } from "@/lib/interview/fold";
import { rowsToEvents, type EventRow } from "./event-rows";

/**
 * What a request that changes a session needs from its log, without the log itself: the folded
 * state, the ids already stored (retries are acknowledged, not stored twice) and the clock's
 * events. It is extended with the rows stored after `cursor`, so an autosave reads and validates
 * only what is new instead of the whole log (which grows by a row a second, and a board or a
 * note can be large). Kept per process by ./session-log-cache.ts; the database stays the truth.
 *
 * Rows arrive in seq order, and seq is taken when a row is inserted, not when it commits: two
 * appends racing can commit out of order, so a reader may see seq 12 before seq 11 exists for
 * it. Such a row would be below the cursor forever. `rowCount` catches it: the session's row
 * count is read with the new rows, and if the summary's ids do not account for every row, a row
 * was skipped and the caller folds the whole log again (`isComplete`).
 */
export type LogSummary = {
  /** The fold of every event up to `cursor`, in seq order. */
  state: SessionState;
  /** Every stored event id (a row that no longer parses still counts: it is stored). */
  ids: Set<string>;
  /** The clock's events (phase advances, the submission), in log order. */
  timeline: InterviewEvent[];
  /** The highest seq folded in; -1 before any. */
  cursor: number;
};

export type SeqRow = EventRow & { seq: number };

export function emptyLogSummary(): LogSummary {
  return { state: emptySessionState(), ids: new Set(), timeline: [], cursor: -1 };
}

export function isClockEvent(event: InterviewEvent): boolean {
  return event.type === "phase_advanced" || event.type === "submitted";
}

/**
 * Folds in the rows after the cursor (rows at or below it were folded by an earlier call: two
 * requests of one session may extend the same summary in either order). Changes `summary`.
 */
export function extendLogSummary(summary: LogSummary, rows: readonly SeqRow[]): LogSummary {
  const fresh = rows.filter((row) => row.seq > summary.cursor).sort((a, b) => a.seq - b.seq);
  if (fresh.length === 0) return summary;
  for (const event of rowsToEvents(fresh)) {
    summary.state = applyEvent(summary.state, event);
    if (isClockEvent(event)) summary.timeline.push(event);
  }
  for (const row of fresh) summary.ids.add(row.clientId);
  summary.cursor = fresh[fresh.length - 1].seq;
  return summary;
}

/**
 * `extendLogSummary` with events this process has just validated and stored (with the seq each
 * took), so they are not parsed a second time: a board is most of an autosave's bytes.
 */
export function extendLogSummaryWithStored(summary: LogSummary, stored: readonly { event: InterviewEvent; seq: number }[]): LogSummary {
  const fresh = stored.filter((row) => row.seq > summary.cursor).sort((a, b) => a.seq - b.seq);
  if (fresh.length === 0) return summary;
  for (const { event } of fresh) {
    summary.state = applyEvent(summary.state, event);
    if (isClockEvent(event)) summary.timeline.push(event);
    summary.ids.add(event.id);
  }
  summary.cursor = fresh[fresh.length - 1].seq;
  return summary;
}

/** Whether the summary accounts for every row the session has (see the note above). */
export function isComplete(summary: LogSummary, rowCount: number): boolean {
  return summary.ids.size === rowCount;
}

/** A summary of a whole log, from rows in seq order. */
export function summarizeLog(rows: readonly SeqRow[]): LogSummary {
  return extendLogSummary(emptyLogSummary(), rows);
}
