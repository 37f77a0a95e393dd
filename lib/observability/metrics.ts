import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The app's Prometheus metrics (served by GET /api/metrics). One registry per process, kept on
 * globalThis because Next may load this module once per route bundle and every copy must count
 * into the same series. Label sets stay small: route labels come from ./route-label.ts.
 */
export type Metrics = ReturnType<typeof createMetrics>;

// Seconds. Web requests and queries: 1 ms to 10 s; simulator runs: 10 ms to 60 s.
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SIMULATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const SIZE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];

/** Something that can say how many tasks wait (the simulator's worker pool). */
export type QueueProbe = () => { queued: number; threads: number } | undefined;

export function createMetrics(queueProbe: QueueProbe = () => undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "designdrill_" });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: "designdrill_http_request_duration_seconds",
      help: "API request durations, by method, route (identifiers replaced by :id) and status.",
      labelNames: ["method", "route", "status"] as const,
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    simulationDuration: new Histogram({
      name: "designdrill_simulation_duration_seconds",
      help: "Simulator runs in the worker pool, from request to report, by outcome.",
      labelNames: ["outcome"] as const,
      buckets: SIMULATION_BUCKETS,
      registers,
    }),
    simulationDesignNodes: new Histogram({
      name: "designdrill_simulation_design_nodes",
      help: "Components in each design sent to the simulator.",
      buckets: SIZE_BUCKETS,
      registers,
    }),
    simulationDesignEdges: new Histogram({
      name: "designdrill_simulation_design_edges",
      help: "Connections in each design sent to the simulator.",
      buckets: SIZE_BUCKETS,
      registers,
    }),
    autosaveEvents: new Counter({
      name: "designdrill_autosave_events_total",
      help: "Interview events received by autosave, by result (accepted or rejected).",
      labelNames: ["result"] as const,
      registers,
    }),
    autosaveDuration: new Histogram({
      name: "designdrill_autosave_duration_seconds",
      help: "Time to store and acknowledge one autosave batch.",
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    dbQueryDuration: new Histogram({
      name: "designdrill_db_query_duration_seconds",
      help: "Database operations through Prisma, by target (primary or replica), model and operation.",
      labelNames: ["target", "model", "operation"] as const,
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    poolQueue: new Gauge({
      name: "designdrill_simulation_pool_queue_length",
      help: "Simulator runs waiting for a worker thread.",
      registers,
      collect() {
        this.set(queueProbe()?.queued ?? 0);
      },
    }),
    poolThreads: new Gauge({
      name: "designdrill_simulation_pool_threads",
      help: "Simulator worker threads alive.",
      registers,
      collect() {
        this.set(queueProbe()?.threads ?? 0);
      },
    }),
  };
}

const holder = globalThis as typeof globalThis & { __designdrillMetrics?: Metrics; __designdrillQueueProbe?: QueueProbe };

/** The process's metrics. The pool registers its probe with `setQueueProbe` when it is made. */
export function metrics(): Metrics {
  return (holder.__designdrillMetrics ??= createMetrics(() => holder.__designdrillQueueProbe?.()));
}

export function setQueueProbe(probe: QueueProbe): void {
  holder.__designdrillQueueProbe = probe;
}

/** Times `work` into a histogram (with labels from its result or its error). */
export async function timed<T>(observe: (seconds: number, error: unknown) => void, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const result = await work();
    observe(seconds(), undefined);
    return result;
  } catch (error) {
    observe(seconds(), error);
    throw error;
  }
}
