import type { PrismaClient } from "@/lib/db";
import type { SessionHead } from "./load-session";
import type { LogSummary } from "./session-log";

/**
 * Log summaries (./session-log.ts) of the sessions this process has served lately, per
 * database client. Only a cache: every request reads the rows after the summary's cursor and
 * the row count from the database, so another instance's appends are folded in, and a summary
 * that missed a row is rebuilt from the whole log. Losing it (a restart, another instance)
 * costs one full read of the log. Bounded, the least recently used going first: a summary
 * holds one board, the notes and the chat, not the log.
 */
const MAX_SESSIONS = 2000;

/** The summary and the session's row as last read (its prompt version never changes). */
type Entry = { summary: LogSummary; head?: SessionHead };
type Holder = { caches?: WeakMap<PrismaClient, Map<string, Entry>> };
const holder = globalThis as typeof globalThis & { __designdrillSessionLogs?: Holder };

function cacheOf(client: PrismaClient): Map<string, Entry> {
  const caches = ((holder.__designdrillSessionLogs ??= {}).caches ??= new WeakMap());
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  return cache;
}

export function cachedLogSummary(client: PrismaClient, sessionId: string): LogSummary | undefined {
  return cachedEntry(client, sessionId)?.summary;
}

/** The session's row as the request that last cached its summary read it. */
export function cachedSessionHead(client: PrismaClient, sessionId: string): SessionHead | undefined {
  return cachedEntry(client, sessionId)?.head;
}

function cachedEntry(client: PrismaClient, sessionId: string): Entry | undefined {
  const cache = cacheOf(client);
  const entry = cache.get(sessionId);
  if (entry) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(sessionId);
    cache.set(sessionId, entry);
  }
  return entry;
}

export function cacheLogSummary(client: PrismaClient, sessionId: string, summary: LogSummary, head?: SessionHead): void {
  const cache = cacheOf(client);
  cache.delete(sessionId);
  cache.set(sessionId, { summary, head });
  while (cache.size > MAX_SESSIONS) cache.delete(cache.keys().next().value as string);
}

/** Forgets a session's summary: the next request reads its whole log. */
export function forgetLogSummary(client: PrismaClient, sessionId: string): void {
  cacheOf(client).delete(sessionId);
}
