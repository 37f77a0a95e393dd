/**
 * npm run bench:autosave — what one autosave costs the server, measured one request at a time.
 *
 * bench:load answers "how does it hold up with N candidates", a figure that moves with
 * everything else the machine does. This answers the question underneath it: how much of the
 * server one autosave takes. It starts the production build on a fresh database (PostgreSQL on
 * BENCH_DATABASE_URL or TEST_DATABASE_URL, else PGlite), prepares one candidate, sends
 * `--warmup` autosaves (default 500: routes loaded, the JIT settled), then `--requests` more
 * (default 1000), one after another, each the batch bench:load sends. It prints the server's CPU
 * per request (from its own process_cpu_seconds_total, which is CPU time, so far less sensitive to
 * other work on the machine than latency), PostgreSQL's CPU per request (its processes' CPU time
 * from /proc, on a PostgreSQL server; the whole server's, so run it on a quiet one) and the
 * wall-clock p50/p99 of the measured requests.
 * `--runs N` repeats the measured part N times (default 3) and prints each and the median;
 * `--profile DIR` writes the server's CPU profile there when it stops (Chrome DevTools opens it).
 *
 * Sequential requests never queue, so this is the floor under bench:load's latency; dividing a
 * core by the CPU figure says how many autosaves a second one instance can take at most.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runScript, serverEnv, startAppServer, stopAppServer, type AppServer } from "../support/app-server";
import { readCpu } from "./cpu-split";
import { autosaveBody, freshDatabase, METRICS_TOKEN, metricValue, prepareCandidate, scrapeMetrics } from "./load-support";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const WARMUP = option("--warmup", 500);
const REQUESTS = option("--requests", 1000);
const RUNS = option("--runs", 3);
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const CPU = "designdrill_process_cpu_seconds_total";

async function database(): Promise<{ name: string; env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (SERVER_URL) {
    const fresh = await freshDatabase(SERVER_URL);
    return { name: "postgres", env: { DATABASE_URL: fresh.url }, cleanup: fresh.drop };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-autosave-"));
  return { name: "pglite", env: { DATABASE_URL: "", DATA_DIR: dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Every database operation the server has counted (designdrill_db_query_duration_seconds, all labels). */
function queryCount(metrics: string): number {
  return [...metrics.matchAll(/^designdrill_db_query_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce((sum, [, n]) => sum + Number(n), 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!fs.existsSync(path.resolve(import.meta.dirname, "../../.next/BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const db = await database();
  const env = serverEnv(PORT, { ...db.env, DESIGNDRILL_E2E: "", METRICS_TOKEN, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" });
  let server: AppServer | undefined;
  try {
    runScript("prisma/migrate.ts", env);
    runScript("prisma/seed.ts", env);
    const profileDir = args.includes("--profile") ? args[args.indexOf("--profile") + 1] : undefined;
    server = await startAppServer(PORT, env, profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : []);
    const base = server.baseUrl;
    const candidate = await prepareCandidate(base, 0);
    let batch = 0;
    const autosave = async () => {
      batch += 1;
      const started = performance.now();
      const response = await fetch(`${base}/api/sessions/${candidate.sessionId}/events`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, cookie: candidate.cookie },
        body: autosaveBody(0, batch),
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`autosave ${batch}: ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < WARMUP; i++) await autosave();
    const cpus: number[] = [];
    console.log(`\n${db.name}: ${WARMUP} warm-up autosaves, then ${RUNS} × ${REQUESTS}, one at a time (load average ${os.loadavg()[0].toFixed(1)})\n`);
    // PostgreSQL's CPU (all of its processes, from /proc) matters too: it shares the machine, and
    // what it does per autosave can grow with the log (the session has a row more every batch).
    console.log("| run | log rows at the end | CPU ms / autosave | PostgreSQL CPU ms / autosave | p50 ms | p99 ms | autosaves / s per core |");
    console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const queriesBefore = queryCount(await scrapeMetrics(base));
    for (let run = 1; run <= RUNS; run++) {
      const before = metricValue(await scrapeMetrics(base), CPU);
      const postgresBefore = db.name === "postgres" ? readCpu().postgres : null;
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS; i++) latencies.push(await autosave());
      // The scrape itself costs a little CPU; it is one request against a thousand.
      const cpuMs = ((metricValue(await scrapeMetrics(base), CPU) - before) * 1000) / REQUESTS;
      const postgresAfter = postgresBefore === null ? null : readCpu().postgres;
      const postgresMs = postgresBefore === null || postgresAfter === null ? "n/a" : (((postgresAfter - postgresBefore) * 1000) / REQUESTS).toFixed(2);
      cpus.push(cpuMs);
      latencies.sort((a, b) => a - b);
      // Every fifth batch carries the board as well: 1.2 rows a batch.
      const rows = Math.round((WARMUP + run * REQUESTS) * 1.2);
      console.log(`| ${run} | ${rows} | ${cpuMs.toFixed(2)} | ${postgresMs} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${Math.floor(1000 / cpuMs)} |`);
    }
    // Each query is a round trip and a write to the database's socket: on a busy machine that write is dear.
    const queries = (queryCount(await scrapeMetrics(base)) - queriesBefore) / (RUNS * REQUESTS);
    console.log(`\ndatabase operations per autosave: ${queries.toFixed(2)}`);
    console.log(`median CPU per autosave: ${median(cpus).toFixed(2)} ms (load average at the end ${os.loadavg()[0].toFixed(1)})`);
  } finally {
    await stopAppServer(server);
    await db.cleanup();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
