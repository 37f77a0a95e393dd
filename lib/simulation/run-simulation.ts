import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { simulationLimitProblems } from "@/lib/simulator/limits";
import type { SimulateOptions } from "@/lib/simulator";
import type { DesignDocument, Report } from "@/lib/simulator/schema";
import { metrics, timed } from "@/lib/observability/metrics";
import { DEFAULT_POOL_LIMITS, runInPool, simulationPool, SimulationTooLargeError, type PoolLimits } from "./pool";
import { list, text } from "@/lib/simulator/text-tree";

export { SimulationTooLargeError } from "./pool";

/**
 * The one way the app runs the simulator: the API, feedback, scenarios and submitted reports
 * all come here. The document must already be valid (lib/simulator validateDesignDocument).
 *
 * 1. Shapes that are not meaningful (fan-out, layers: lib/simulator/limits.ts) are refused
 *    with 400 naming the field, before any thread is busy.
 * 2. The run happens in the worker pool (./pool.ts) under a time and a heap limit; past either,
 *    the caller gets a 422 "this design is too large to simulate: …" and the server carries on.
 * 3. A full queue is a 503 with Retry-After: the server is busy, the design may be fine.
 */
export function poolLimits(): PoolLimits {
  const settings = env();
  return {
    ...DEFAULT_POOL_LIMITS,
    timeLimitMs: settings.SIMULATION_TIME_LIMIT_MS ?? DEFAULT_POOL_LIMITS.timeLimitMs,
    memoryMb: settings.SIMULATION_MEMORY_MB ?? DEFAULT_POOL_LIMITS.memoryMb,
    threads: settings.SIMULATION_THREADS ?? DEFAULT_POOL_LIMITS.threads,
  };
}

export function assertSimulationLimits(document: DesignDocument): void {
  const problems = simulationLimitProblems(document);
  if (problems.length > 0) {
    throw new AppError("bad_request", text("problems.detail.designTooComplex", { reasons: list(problems.map((p) => p.text), "semicolon") }), { problems });
  }
}

export async function runSimulation(document: DesignDocument, options: SimulateOptions = {}): Promise<Report> {
  assertSimulationLimits(document);
  const limits = poolLimits();
  const observed = metrics();
  observed.simulationDesignNodes.observe(document.design.nodes.length);
  observed.simulationDesignEdges.observe(document.design.edges.length);
  return timed(
    (seconds, error) => observed.simulationDuration.observe({ outcome: simulationOutcome(error) }, seconds),
    () => runInPool(simulationPool(limits), { document, options }, limits),
  );
}

function simulationOutcome(error: unknown): string {
  if (error === undefined) return "ok";
  if (error instanceof SimulationTooLargeError) return "too_large";
  if (error instanceof AppError && error.status === 503) return "busy";
  return "error";
}
