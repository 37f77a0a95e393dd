/**
 * Graceful shutdown. On SIGTERM (a rollout, `docker stop`, Kubernetes) an instance must not drop
 * the requests it is serving nor lose an autosave it is acknowledging:
 *
 * 1. Next's own handler (`next start`) closes the listening socket, so no new connection comes
 *    in, and waits for open connections to finish. Ours marks the instance as draining: the
 *    health check answers 503 (a load balancer stops sending it traffic) and an API request that
 *    still arrives on a kept-alive connection gets 503 with Retry-After, to be retried on
 *    another instance, rather than a half-closed database.
 * 2. When the requests in flight (counted by lib/http/route.ts) reach zero, or after the time
 *    limit, the simulator pool and the database are closed.
 * 3. Next calls process.exit once its server has closed; that exit is held until step 2 is done,
 *    so the database is always closed cleanly (PGlite flushes its files; PostgreSQL sessions end
 *    rather than being cut).
 *
 * State is on globalThis: route bundles and the instrumentation hook must share one counter.
 */
type State = { inFlight: number; draining: boolean; idle: Array<() => void>; installed: boolean };

const holder = globalThis as typeof globalThis & { __designdrillLifecycle?: State };
function state(): State {
  return (holder.__designdrillLifecycle ??= { inFlight: 0, draining: false, idle: [], installed: false });
}

/** Counts a request in; call the returned function when it has been answered. */
export function beginRequest(): () => void {
  const current = state();
  current.inFlight += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    current.inFlight -= 1;
    if (current.inFlight === 0) for (const wake of current.idle.splice(0)) wake();
  };
}

export function isDraining(): boolean {
  return state().draining;
}

export function inFlightRequests(): number {
  return state().inFlight;
}

/** Resolves true when no request is in flight, false if the time limit came first. */
export function whenIdle(timeoutMs: number): Promise<boolean> {
  const current = state();
  if (current.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    current.idle.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export type ShutdownOptions = {
  /** Closes what the process holds (the simulator pool, the database). */
  close: () => Promise<void>;
  timeoutMs: number;
  log: (fields: Record<string, unknown>, message: string) => void;
  signals?: NodeJS.Signals[];
};

/** Starts draining now; resolves once in-flight requests are done and everything is closed. */
export async function drainAndClose(options: ShutdownOptions): Promise<void> {
  state().draining = true;
  const started = Date.now();
  options.log({ inFlight: inFlightRequests() }, "shutdown: draining");
  const idle = await whenIdle(options.timeoutMs);
  if (!idle) options.log({ inFlight: inFlightRequests() }, "shutdown: time limit reached with requests still in flight");
  try {
    await options.close();
    options.log({ durationMs: Date.now() - started }, "shutdown: closed");
  } catch (error) {
    options.log({ err: error }, "shutdown: closing failed");
  }
}

/** Installs the SIGTERM/SIGINT handler once per process (see the comment at the top). */
export function installGracefulShutdown(options: ShutdownOptions): void {
  const current = state();
  if (current.installed) return;
  current.installed = true;
  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    options.log({ signal }, "shutdown: signal received");
    const realExit = process.exit.bind(process);
    let exitCode: number | undefined;
    // Next exits as soon as its HTTP server has closed; hold that exit until we have closed too.
    process.exit = ((code?: number) => {
      exitCode = code ?? 0;
    }) as typeof process.exit;
    closing = drainAndClose(options).finally(() => {
      process.exit = realExit;
      if (exitCode !== undefined) realExit(exitCode);
      // Without Next's handler (a custom server) nothing else would end the process.
      else setTimeout(() => realExit(128 + (signal === "SIGINT" ? 2 : 15)), options.timeoutMs).unref();
    });
  };
  for (const signal of options.signals ?? ["SIGTERM", "SIGINT"]) process.on(signal, onSignal);
}
