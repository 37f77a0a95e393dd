import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * The request a piece of work belongs to, carried through every await with AsyncLocalStorage,
 * so a log line written deep inside lib/ (a query, the simulator pool) still names its request.
 * Kept on globalThis: Next may load this module once per route bundle, and every copy must
 * share one store.
 */
export type RequestContext = { requestId: string };

const holder = globalThis as typeof globalThis & { __designdrillRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (holder.__designdrillRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// What we accept from a client or a proxy: short, printable, no spaces (it goes into log lines
// and a response header). Anything else is replaced, never echoed.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@\-]{1,128}$/;

/** The incoming x-request-id when it is acceptable, else a fresh one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  const value = incoming?.trim();
  return value && ACCEPTABLE_ID.test(value) ? value : randomUUID();
}

export const REQUEST_ID_HEADER = "x-request-id";
