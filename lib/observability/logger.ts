import { pino, type Logger } from "pino";
import { currentRequestId } from "./request-context";

/**
 * The app's structured logger: one JSON object per line on stdout, which any collector
 * (journald, Docker, Loki, CloudWatch) can take as it is. Every line written while a request is
 * being served carries its `requestId` (from ./request-context.ts), so the lines of one request
 * can be found together across instances. LOG_LEVEL is read here rather than in lib/env.ts so
 * logging works even while the environment is being validated.
 */
const holder = globalThis as typeof globalThis & { __designdrillLogger?: Logger };

/**
 * Standard output, written in batches: a line per request written on its own cost a write call
 * (through the thread pool) per request, a visible share of an autosave's CPU under load. Lines
 * gather until 4 KB or for at most a quarter of a second, whichever comes first; pino writes
 * what is left synchronously when the process exits (so a graceful shutdown's last lines are
 * there). A SIGKILL can lose the last quarter second of lines, never a stored event.
 */
export const LOG_BATCH_BYTES = 4096;
export const LOG_FLUSH_MS = 250;

function standardOutput(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS });
}

export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL || "info"): Logger {
  return pino(
    {
      level,
      base: { service: "designdrill", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? standardOutput(),
  );
}

export function logger(): Logger {
  return (holder.__designdrillLogger ??= createLogger());
}

/** Sends the process's log lines somewhere else (tests read them back). */
export function setLogDestination(destination: pino.DestinationStream, level?: string): void {
  holder.__designdrillLogger = createLogger(destination, level);
}
