import os from "node:os";
import path from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import { AppError, fieldProblem } from "@/lib/errors";
import { setQueueProbe } from "@/lib/observability/metrics";
import type { Report } from "@/lib/simulator/schema";
import type { SimulationTask } from "./worker";
import { text } from "@/lib/simulator/text-tree";

/**
 * The worker pool that runs the simulator off the request thread.
 *
 * A design can be expensive to simulate; on the request thread, one such design stops every
 * other request (health checks included) and can exhaust the heap and kill the process. In a
 * worker it can only exhaust the worker: each run has a time limit (the task is aborted and
 * its thread terminated) and a heap limit (`resourceLimits`: the thread dies, the server does
 * not). Piscina replaces a terminated thread for the next task.
 *
 * The time limit counts from the moment the worker starts the task (it says so on a message
 * port), not from the request: starting a thread and loading the simulator takes a second or
 * more on a busy machine, and that must not be charged to the design. Waiting in line and
 * starting up have their own, generous cap (STARTUP_ALLOWANCE_MS on top of the limit).
 *
 * The worker is TypeScript (./worker.ts) loaded with tsx (`--import tsx`), the same loader
 * `npm start` already runs lib/startup.ts with, so the production build, `next dev`, vitest and
 * the CLI all run the very same simulator source with no separate bundle to keep in step.
 * Its path is taken from the working directory because Next bundles this module into
 * `.next/` where `import.meta.url` no longer points at the source tree.
 */
export type PoolLimits = { timeLimitMs: number; memoryMb: number; threads: number; maxQueue: number };

export const DEFAULT_POOL_LIMITS: PoolLimits = {
  timeLimitMs: 5_000,
  memoryMb: 256,
  // Two cores here: two threads leave the request thread room, and one slow design cannot
  // hold every simulation up for its whole time limit.
  threads: Math.min(2, Math.max(1, os.availableParallelism())),
  maxQueue: 32,
};

export function workerFile(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "simulation", "worker.ts");
}

type Holder = { pool?: SimulationPool };
const holder = globalThis as typeof globalThis & { __designdrillSimulationPool?: Holder };

/** What a worker receives: its task, and a port on which it says "started". */
export type PoolTask<T> = { payload: T; started: MessagePort };

export type SimulationPool = Piscina<PoolTask<SimulationTask>, Report>;

export const STARTUP_ALLOWANCE_MS = 30_000;

/** A pool on any worker file (tests use misbehaving ones); the app uses `simulationPool`. */
export function createPool<T = SimulationTask, R = Report>(limits: PoolLimits, filename: string): Piscina<PoolTask<T>, R> {
  return new Piscina<PoolTask<T>, R>({
    filename,
    execArgv: ["--import", "tsx"],
    minThreads: 0,
    maxThreads: limits.threads,
    maxQueue: limits.maxQueue,
    idleTimeout: 5 * 60_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.ceil(limits.memoryMb / 4)) },
  });
}

/** The app's one pool, made on first use and kept for the life of the process. */
export function simulationPool(limits: PoolLimits): SimulationPool {
  const state = (holder.__designdrillSimulationPool ??= {});
  if (!state.pool) {
    const pool = createPool(limits, workerFile());
    state.pool = pool;
    // The metrics read the queue when scraped (designdrill_simulation_pool_queue_length).
    setQueueProbe(() => (state.pool === pool ? { queued: pool.queueSize, threads: pool.threads.length } : undefined));
  }
  return state.pool;
}

/**
 * Runs one task under the time limit; a run past it is aborted and its thread terminated.
 * Errors become AppErrors: 422 past a limit, 503 when the queue is full.
 */
export async function runInPool<T, R>(pool: Piscina<PoolTask<T>, R>, payload: T, limits: PoolLimits): Promise<R> {
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let runTimer: NodeJS.Timeout | undefined;
  port1.once("message", () => {
    runTimer = setTimeout(() => controller.abort(), limits.timeLimitMs);
  });
  const overallTimer = setTimeout(() => controller.abort(), limits.timeLimitMs + STARTUP_ALLOWANCE_MS);
  try {
    return await pool.run({ payload, started: port2 }, { signal: controller.signal, transferList: [port2] });
  } catch (error) {
    const err = error as { name?: string; code?: string; message?: string };
    if (err.name === "AbortError" || err.name === "TimeoutError") {
      throw new SimulationTooLargeError(`it did not finish within ${limits.timeLimitMs / 1000} s`);
    }
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new SimulationTooLargeError(`it needed more than ${limits.memoryMb} MB of memory`);
    }
    if (err.message === "Task queue is at limit") {
      throw new AppError("unavailable", text("problems.detail.simulatorBusy"), { retryAfterSeconds: 5 });
    }
    throw error;
  } finally {
    clearTimeout(runTimer);
    clearTimeout(overallTimer);
    port1.close();
  }
}

export class SimulationTooLargeError extends AppError {
  constructor(readonly why: string) {
    super("unprocessable", text("problems.detail.designTooLarge", { reason: why }), { problems: [fieldProblem("design", text("problems.field.tooLargeToSimulate", { reason: why }))] });
  }
}

/** Stops the pool's threads (tests and scripts; the server keeps its pool for its lifetime). */
export async function closeSimulationPool(): Promise<void> {
  const state = holder.__designdrillSimulationPool;
  if (!state?.pool) return;
  const pool = state.pool;
  state.pool = undefined;
  await pool.destroy();
}
