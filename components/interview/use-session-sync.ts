"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import type { AppendResult, SessionView } from "@/lib/sessions/operations";
import { stillSignedIn } from "./still-signed-in";
import { enqueue, newEventId, readOutbox, rejectedIndexes, retryDelayMs, writeOutbox, type QueuedEvent } from "./outbox";

export type SaveStatus = "saved" | "saving" | "offline" | "error";

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type NewClientEvent = DistributiveOmit<ClientEvent, "id">;

// After the server acknowledges a change, the do's and don'ts it may decide are fetched again
// this soon: changes in a burst share one fetch, and none waits longer than this for its verdict.
const CHECKLIST_REFRESH_MS = 250;

function mergeEvents(confirmed: InterviewEvent[], incoming: readonly InterviewEvent[]): InterviewEvent[] {
  const known = new Set(confirmed.map((event) => event.id));
  const fresh = incoming.filter((event) => !known.has(event.id));
  return fresh.length === 0 ? confirmed : [...confirmed, ...fresh];
}

/**
 * Keeps the page's copy of a session in step with the server: confirmed events from the
 * server, plus an outbox of the candidate's events sent in order and retried until
 * acknowledged. Reports Saved / Saving / Offline and the number of waiting changes.
 */
export function useSessionSync(initial: SessionView) {
  const sessionId = initial.id;
  const [confirmed, setConfirmed] = useState<InterviewEvent[]>(initial.events);
  // The page is rendered on the server, which has no localStorage: the outbox of an earlier page
  // load is restored right after hydration (before the browser paints), and `restored` says so.
  const [queue, setQueue] = useState<QueuedEvent[]>([]);
  const [restored, setRestored] = useState(false);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [sessionStatus, setSessionStatus] = useState(initial.status);
  const [checklist, setChecklist] = useState(initial.checklist);
  const [serverOffsetMs, setServerOffsetMs] = useState(() => new Date(initial.serverNow).getTime() - Date.now());
  const inFlight = useRef<Set<string>>(new Set());
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queueRef = useRef(queue);
  const flushRef = useRef<() => void>(() => {});
  const checklistTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The queue is mirrored to localStorage as it changes, so nothing queued is lost to a reload.
  const updateQueue = useCallback(
    (change: (current: QueuedEvent[]) => QueuedEvent[]) => {
      const next = change(queueRef.current);
      queueRef.current = next;
      writeOutbox(window.localStorage, sessionId, next);
      setQueue(next);
    },
    [sessionId],
  );

  useLayoutEffect(() => {
    const stored = readOutbox(window.localStorage, sessionId);
    if (stored.length > 0) {
      queueRef.current = [...stored, ...queueRef.current.filter((entry) => !stored.some((s) => s.event.id === entry.event.id))];
      setQueue(queueRef.current);
    }
    setRestored(true);
  }, [sessionId]);

  const absorb = useCallback((events: readonly InterviewEvent[]) => setConfirmed((current) => mergeEvents(current, events)), []);

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/sessions/${sessionId}`, { cache: "no-store" }).catch(() => null);
    if (!response?.ok) return null;
    const view = (await response.json()) as SessionView;
    setConfirmed((current) => mergeEvents(view.events, current.filter((event) => !view.events.some((v) => v.id === event.id))));
    setChecklist(view.checklist);
    setSessionStatus(view.status);
    setServerOffsetMs(new Date(view.serverNow).getTime() - Date.now());
    return view;
  }, [sessionId]);

  const flush = useCallback(async () => {
    if (timer.current || inFlight.current.size > 0) return;
    const batch = queueRef.current.slice(0, 50).map((entry) => entry.event);
    if (batch.length === 0) return;
    for (const event of batch) inFlight.current.add(event.id);
    setStatus("saving");
    let response: Response | null = null;
    try {
      response = await fetch(`/api/sessions/${sessionId}/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ events: batch }),
      });
    } catch {
      response = null;
    }
    // Session routes answer a signed-out caller 404, exactly as they answer a stranger, so a
    // 404 is only final while this browser is still signed in; signed out (the cookie expired,
    // or sign-out in another tab), the changes wait and are retried like a 401's. The batch stays
    // in flight while that is asked, so no second flush resends it meanwhile.
    if (response?.status === 404 && !(await stillSignedIn())) response = new Response(null, { status: 401 });
    for (const event of batch) inFlight.current.delete(event.id);
    if (response?.ok) {
      const result = (await response.json()) as AppendResult;
      attempt.current = 0;
      const done = new Set([...result.accepted, ...result.rejected.map((r) => r.id)]);
      absorb(result.events);
      setSessionStatus(result.status);
      updateQueue((current) => current.filter((entry) => !done.has(entry.event.id)));
      setStatus(result.rejected.length > 0 ? "error" : "saved");
      // Rule-checked do's and don'ts depend on what was just saved, and an id acknowledged as
      // already stored (a retry after a lost answer) is not in the answer's events: fetch the
      // session again shortly, once for a burst of changes, so neither waits for the next poll.
      if (!checklistTimer.current) {
        checklistTimer.current = setTimeout(() => {
          checklistTimer.current = null;
          void refresh();
        }, CHECKLIST_REFRESH_MS);
      }
      return;
    }
    if (response?.status === 400 || response?.status === 413 || response?.status === 404 || response?.status === 409) {
      // The server will never accept these events as they are: drop the ones it names (or the
      // batch, when it names none) and say so, rather than retry forever.
      const problem = (await response.json().catch(() => null)) as { problems?: { path: string }[] } | null;
      // A 409 names the ids resent with a different event; the rest of the batch was not stored
      // and is sent again.
      const indexes = response.status === 400 || response.status === 409 ? rejectedIndexes(problem?.problems) : null;
      const ids = new Set(batch.filter((_, index) => !indexes || indexes.has(index)).map((event) => event.id));
      updateQueue((current) => current.filter((entry) => !ids.has(entry.event.id)));
      setStatus("error");
      if (response.status === 409 || response.status === 404) void refresh();
      return;
    }
    // Offline, a server error, 401 (signed out in another tab) or 429: keep everything and retry.
    setStatus(response ? "error" : "offline");
    timer.current = setTimeout(() => {
      timer.current = null;
      flushRef.current();
    }, retryDelayMs(attempt.current++));
  }, [absorb, refresh, sessionId, updateQueue]);

  useEffect(() => {
    flushRef.current = () => void flush();
  }, [flush]);

  useEffect(() => {
    if (queue.length > 0) void flush();
  }, [queue, flush]);

  // Back online: retry at once instead of waiting out the backoff.
  useEffect(() => {
    const online = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      attempt.current = 0;
      flushRef.current();
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, []);

  // Leaving with unsent changes asks first.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (queueRef.current.length === 0) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => window.removeEventListener("beforeunload", beforeUnload);
  }, []);

  const send = useCallback(
    (event: NewClientEvent) => {
      const full = { ...event, id: newEventId() } as ClientEvent;
      const at = new Date(Date.now() + serverOffsetMs).toISOString();
      updateQueue((current) => enqueue(current, { event: full, at }, inFlight.current));
      return full.id;
    },
    [serverOffsetMs, updateQueue],
  );

  /** Confirmed events plus the queued ones, so the page shows edits at once. */
  const events = useMemo<InterviewEvent[]>(() => {
    const known = new Set(confirmed.map((event) => event.id));
    const queued = queue.filter((entry) => !known.has(entry.event.id)).map((entry) => ({ ...entry.event, at: entry.at }) as InterviewEvent);
    return queued.length === 0 ? confirmed : [...confirmed, ...queued];
  }, [confirmed, queue]);

  return { events, send, absorb, refresh, status, pending: queue.length, sessionStatus, checklist, serverOffsetMs, restored };
}
