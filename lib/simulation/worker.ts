/**
 * The simulator's worker thread: one design document in, its report out. Runs inside the
 * pool of ./pool.ts, never on the request thread. Imports the simulator by relative path with
 * no `@/` alias and nothing from Next, so the thread can load it with tsx alone.
 */
import type { MessagePort } from "node:worker_threads";
import { simulate, type SimulateOptions } from "../simulator/index.ts";
import type { DesignDocument, Report } from "../simulator/schema.ts";

export type SimulationTask = { document: DesignDocument; options: SimulateOptions };

export default function runTask({ payload, started }: { payload: SimulationTask; started: MessagePort }): Report {
  // The pool's time limit starts now: loading this thread is not the design's cost.
  started.postMessage("started");
  started.close();
  return simulate(payload.document, payload.options);
}
