import type { PrismaClient } from "@/lib/db";
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

type Holder = { caches?: WeakMap<PrismaClient, Map<string, LogSummary>> };
const holder = globalThis as typeof globalThis & { __designdrillSessionLogs?: Holder };

function cacheOf(client: PrismaClient): Map<string, LogSummary> {
  const caches = ((holder.__designdrillSessionLogs ??= {}).caches ??= new WeakMap());
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  return cache;
}

export function cachedLogSummary(client: PrismaClient, sessionId: string): LogSummary | undefined {
  const cache = cacheOf(client);
  const summary = cache.get(sessionId);
  if (summary) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(sessionId);
    cache.set(sessionId, summary);
  }
  return summary;
}

export function cacheLogSummary(client: PrismaClient, sessionId: string, summary: LogSummary): void {
  const cache = cacheOf(client);
  cache.delete(sessionId);
  cache.set(sessionId, summary);
  while (cache.size > MAX_SESSIONS) cache.delete(cache.keys().next().value as string);
}
