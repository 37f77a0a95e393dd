/**
 * Isolation benchmark: `npm run bench:isolation`. Sends issue 8's ladder designs (10, 20 and 30
 * layers of two load balancers, 2^layers request paths) through the app's one simulation entry
 * (lib/simulation/run-simulation.ts) and prints, for each, the outcome (a report, 422 past the
 * time or heap limit, or 400 past the layer cap) and how long it took, with the request thread's
 * event-loop delay meanwhile (what a health check would wait). Target: the 20-layer ladder answered
 * in under a second or refused with 422, while the request thread stays under 100 ms.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isAppError } from "../../lib/errors.ts";
import { closeSimulationPool } from "../../lib/simulation/pool.ts";
import { poolLimits, runSimulation } from "../../lib/simulation/run-simulation.ts";
import { ladder } from "../unit/simulation/ladder.ts";

async function main() {
  const limits = poolLimits();
  console.log(`limits: ${limits.timeLimitMs} ms, ${limits.memoryMb} MB heap, ${limits.threads} thread(s)`);
  // Warm the pool so the first row does not pay for starting a thread.
  await runSimulation(ladder(1));
  for (const layers of [10, 20, 30]) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    let outcome: string;
    try {
      const report = await runSimulation(ladder(layers));
      outcome = `report (score ${report.score.total})`;
    } catch (error) {
      outcome = isAppError(error) ? `${error.status} ${error.userMessage}` : `error ${String(error)}`;
    }
    const elapsed = performance.now() - started;
    loop.disable();
    console.log(
      `ladder ${String(layers).padStart(2)} layers: ${elapsed.toFixed(0).padStart(5)} ms · ${outcome.slice(0, 90)} · request thread delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`,
    );
  }
  await closeSimulationPool();
}

void main();
