/**
 * npm run bench:load — many simulated candidates against a production server.
 *
 * Starts the production build (`next start`; builds first if there is none, or with --build) on
 * a fresh database, registers N candidates (default 50), starts an interview for each and puts a
 * board on it, then for a fixed time (default 60 s) drives them with autocannon:
 * - autosave: one connection per candidate, one batch of events a second each (an estimate; every
 *   fifth batch the board as well, as the editor's autosave sends), the candidates' seconds
 *   staggered in 20 groups so they do not all send in the same millisecond;
 * - feedback: every candidate asks for simulator feedback once every 30 s (N/30 connections,
 *   one request a second each, taking the candidates in turn).
 * It prints, per endpoint, requests, throughput, p50/p95/p99/max latency (every response timed
 * by autocannon, then ranked here) and errors (non-2xx answers, connection errors, timeouts);
 * then, from the server's own /api/metrics, its CPU time per request (less sensitive to other
 * work on the machine than latency) and autosave latency as the server measured it; and where
 * the machine's cores went meanwhile: server, load generator, PostgreSQL, the rest (./cpu-split.ts).
 *
 * Targets (--targets, comma-separated; default all that are available):
 * - pglite: the embedded database in a fresh data folder;
 * - postgres: a fresh database on BENCH_DATABASE_URL or TEST_DATABASE_URL;
 * - replica: a primary and a streaming standby of its own (tests/support/postgres-pair.ts),
 *   with DATABASE_REPLICA_URLS set (needs the PostgreSQL server binaries).
 *
 * Options: --candidates N, --duration S (measured), --warmup S (default 10: driven at full load
 * first, not counted, so the figures are a warm server's), --build, --targets LIST, --profile DIR (the server
 * writes a CPU profile there when it stops: open it in Chrome's DevTools), --instances N (default
 * 1): N servers on one database, as behind a load balancer that keeps a candidate on one instance
 * (candidate i on instance i mod N; PostgreSQL targets only, PGlite is one process's database).
 * Ports: BENCH_PORT (3420, and the ports after it for more instances), BENCH_PG_PORTS (3444,3445). The load generator runs on the same machine as the server: the
 * figures include its CPU use. Each connection waits for its answer before the next second's
 * request, so a stalled server is seen as latency on the requests that were sent, not as the
 * ones it prevented (coordinated omission): read p99 with that in mind.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Client, type Request as CannonRequest } from "autocannon";
import { runScript, ROOT, serverEnv, startAppServer, stopAppServer, type AppServer } from "../support/app-server";
import { pairUnavailableReason, startPostgresPair, type PostgresPair } from "../support/postgres-pair";
import { cpuSplit, readCpu, type CpuReading } from "./cpu-split";
import { autosaveBody, freshDatabase, inBatches, METRICS_TOKEN, metricValue, prepareCandidate, scrapeMetrics, type Candidate } from "./load-support";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const CANDIDATES = Number(option("--candidates") ?? 50);
const DURATION_S = Number(option("--duration") ?? 60);
// Driven at full load but not counted: a running server has loaded its routes and its JIT has
// compiled the hot path; the first seconds of a fresh process measure neither.
const WARMUP_S = Number(option("--warmup") ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const [PG_PRIMARY_PORT, PG_STANDBY_PORT] = (process.env.BENCH_PG_PORTS ?? "3444,3445").split(",").map(Number);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const STAGGER = 20;
const INSTANCES = Math.max(1, Number(option("--instances") ?? 1));

type Target = { name: string; prepare: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> };
type Stats = { latencies: number[]; statuses: Map<number, number>; errors: number; timeouts: number; countFrom: number };

const targets: Target[] = [
  {
    name: "pglite",
    prepare: async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "scale-bench-load-"));
      return { env: { DATA_DIR: dataDir, DATABASE_URL: "" }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
];
if (SERVER_URL) {
  targets.push({
    name: "postgres",
    prepare: async () => {
      const database = await freshDatabase(SERVER_URL);
      return { env: { DATABASE_URL: database.url }, cleanup: database.drop };
    },
  });
}
const pairMissing = pairUnavailableReason();
if (!pairMissing) {
  targets.push({
    name: "replica",
    prepare: async () => {
      const pair: PostgresPair = await startPostgresPair({ primary: PG_PRIMARY_PORT, standby: PG_STANDBY_PORT });
      return { env: { DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.standbyUrl }, cleanup: pair.stop };
    },
  });
}

function newStats(countFrom: number): Stats {
  return { latencies: [], statuses: new Map(), errors: 0, timeouts: 0, countFrom };
}

/** One autocannon run; `requestsFor(connectionIndex)` gives each connection its requests. */
function drive(base: string, connections: number, requestsFor: (connection: number) => CannonRequest[], stats: Stats): Promise<void> {
  let made = 0;
  let finished!: (error: Error | null) => void;
  const done = new Promise<void>((resolve, reject) => (finished = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon({
    url: base,
    connections,
    connectionRate: 1,
    duration: WARMUP_S + DURATION_S,
    timeout: 30,
    setupClient: (client: Client) => {
      const connection = made++;
      client.setRequests(requestsFor(connection));
    },
  }, (error) => finished(error ?? null));
  instance.on("response", (_client: Client, statusCode: number, _bytes: number, responseTime: number) => {
    if (Date.now() < stats.countFrom) return;
    stats.latencies.push(responseTime);
    stats.statuses.set(statusCode, (stats.statuses.get(statusCode) ?? 0) + 1);
  });
  instance.on("reqError", () => {
    if (Date.now() >= stats.countFrom) stats.errors += 1;
  });
  return done;
}

function autosaveRequests(base: string, candidate: Candidate, index: number): CannonRequest[] {
  let batch = 0;
  return [
    {
      method: "POST",
      path: `/api/sessions/${candidate.sessionId}/events`,
      headers: { "content-type": "application/json", origin: base, cookie: candidate.cookie },
      setupRequest: (request: CannonRequest) => {
        batch += 1;
        return { ...request, body: autosaveBody(index, batch) };
      },
    },
  ];
}

function feedbackRequests(base: string, candidates: Candidate[], connection: number, connections: number): CannonRequest[] {
  const mine = candidates.map((candidate, index) => ({ candidate, index })).filter(({ index }) => index % connections === connection);
  let turn = 0;
  return [
    {
      method: "POST",
      path: "/",
      setupRequest: (request: CannonRequest) => {
        const { candidate, index } = mine[turn % mine.length];
        turn += 1;
        return {
          ...request,
          path: `/api/sessions/${candidate.sessionId}/feedback`,
          headers: { "content-type": "application/json", origin: base, cookie: candidate.cookie },
          body: JSON.stringify({ requestId: `feedback-${index}-${turn}` }),
        };
      },
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function row(target: string, endpoint: string, stats: Stats): string {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const ok = [...stats.statuses].filter(([code]) => code >= 200 && code < 300).reduce((sum, [, n]) => sum + n, 0);
  const failed = stats.latencies.length - ok + stats.errors;
  const codes = [...stats.statuses].filter(([code]) => code >= 300).map(([code, n]) => `${n}×${code}`).join(" ");
  const ms = (value: number) => (Number.isNaN(value) ? "–" : value.toFixed(1));
  return `| ${target} | ${endpoint} | ${stats.latencies.length} | ${(stats.latencies.length / DURATION_S).toFixed(1)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? NaN)} | ${failed}${codes ? ` (${codes}${stats.errors ? `, ${stats.errors} connection errors` : ""})` : stats.errors ? ` (${stats.errors} connection errors)` : ""} |`;
}

const serverNotes: string[] = [];

/** The upper bound (ms) of the histogram bucket holding quantile q of what was observed between two scrapes. */
function bucketQuantile(before: string, after: string, name: string, q: number): string {
  const buckets = [...after.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)`, "gm"))].map(([, le, count]) => ({
    le,
    count: Number(count) - metricValue(before, `${name}_bucket{le="${le}"}`),
  }));
  const total = buckets.at(-1)?.count ?? 0;
  const hit = buckets.find((bucket) => bucket.count >= q * total);
  return !hit || hit.le === "+Inf" ? "∞" : String(Number(hit.le) * 1000);
}

async function benchTarget(target: Target): Promise<string[]> {
  const instances = target.name === "pglite" ? 1 : INSTANCES;
  const prepared = await target.prepare();
  const envFor = (port: number) => serverEnv(port, { ...prepared.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info", DESIGNDRILL_E2E: "", METRICS_TOKEN });
  const servers: AppServer[] = [];
  try {
    process.stdout.write(`\n[${target.name}] migrating and seeding…\n`);
    runScript("prisma/migrate.ts", envFor(PORT));
    runScript("prisma/seed.ts", envFor(PORT));
    const profileDir = option("--profile");
    for (let i = 0; i < instances; i++) {
      servers.push(await startAppServer(PORT + i, envFor(PORT + i), profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : []));
    }
    const baseOf = (candidate: number) => servers[candidate % instances].baseUrl;
    process.stdout.write(`[${target.name}] preparing ${CANDIDATES} candidates on ${instances} instance(s)…\n`);
    const candidates = await inBatches(Array.from({ length: CANDIDATES }, (_, i) => i), 4, (i) => prepareCandidate(baseOf(i), i));
    // One feedback per instance first, so each simulator worker thread is started before the clock runs.
    for (let i = 0; i < Math.min(instances, CANDIDATES); i++) {
      const warmUp = await fetch(`${baseOf(i)}/api/sessions/${candidates[i].sessionId}/feedback`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseOf(i), cookie: candidates[i].cookie },
        body: JSON.stringify({ requestId: "feedback-warm-up" }),
      });
      if (warmUp.status !== 200) throw new Error(`feedback: ${warmUp.status} ${await warmUp.text()}`);
    }
    process.stdout.write(`[${target.name}] driving for ${WARMUP_S} s of warm-up, then ${DURATION_S} s measured…\n`);
    const cpu = async () => (await Promise.all(servers.map(async (server) => metricValue(await scrapeMetrics(server.baseUrl), "designdrill_process_cpu_seconds_total")))).reduce((a, b) => a + b, 0);
    const countFrom = Date.now() + WARMUP_S * 1000;
    const autosave = newStats(countFrom);
    const feedback = newStats(countFrom);
    // The server's own figures are read when the warm-up ends, while the drive goes on.
    let cpuBefore = 0;
    let machineBefore: CpuReading | undefined;
    let before = "";
    const measuring = new Promise<void>((resolve) =>
      setTimeout(async () => {
        machineBefore = readCpu();
        cpuBefore = await cpu();
        before = await scrapeMetrics(servers[0].baseUrl);
        resolve();
      }, WARMUP_S * 1000),
    );
    // autocannon paces each connection from its start, so connections started together send in
    // lock-step: 50 requests in the same millisecond every second. Real candidates are not in step:
    // the candidates start in STAGGER groups spread over the first second.
    const groups = Array.from({ length: Math.min(CANDIDATES, STAGGER) }, (_, group) =>
      candidates.map((_candidate, index) => index).filter((index) => index % Math.min(CANDIDATES, STAGGER) === group),
    );
    // Each instance drives its own candidates (autocannon connections go to one address).
    const mine = (instance: number) => candidates.map((_candidate, index) => index).filter((index) => index % instances === instance);
    await Promise.all(
      servers.flatMap((server, instance) => {
        const base = server.baseUrl;
        const own = mine(instance);
        const feedbackConnections = Math.max(1, Math.round(own.length / 30));
        return [
          ...groups.map(async (members, group) => {
            const here = members.filter((index) => index % instances === instance);
            if (here.length === 0) return;
            await new Promise((resolve) => setTimeout(resolve, (group * 1000) / groups.length));
            await drive(base, here.length, (connection) => autosaveRequests(base, candidates[here[connection]], here[connection]), autosave);
          }),
          drive(base, feedbackConnections, (connection) => feedbackRequests(base, own.map((index) => candidates[index]), connection, feedbackConnections), feedback),
        ];
      }),
    );
    await measuring;
    const machineAfter = readCpu();
    const after = await scrapeMetrics(servers[0].baseUrl);
    const cpuSeconds = (await cpu()) - cpuBefore;
    const served = autosave.latencies.length + feedback.latencies.length;
    serverNotes.push(
      `${target.name}${instances > 1 ? ` (${instances} instances; server-timed latency of the first)` : ""}: server CPU ${((cpuSeconds * 1000) / Math.max(1, served)).toFixed(1)} ms per request (${(cpuSeconds / DURATION_S).toFixed(2)} cores); ` +
        `autosave as the server timed it: p50 ≤ ${bucketQuantile(before, after, "designdrill_autosave_duration_seconds", 0.5)} ms, p99 ≤ ${bucketQuantile(before, after, "designdrill_autosave_duration_seconds", 0.99)} ms`,
    );
    if (machineBefore) serverNotes.push(`${target.name}: ${cpuSplit(machineBefore, machineAfter, cpuSeconds)}`);
    return [row(target.name, "POST /api/sessions/:id/events (autosave)", autosave), row(target.name, "POST /api/sessions/:id/feedback", feedback)];
  } finally {
    for (const server of servers) await stopAppServer(server);
    await prepared.cleanup();
  }
}

async function main() {
  const wanted = option("--targets")?.split(",").map((name) => name.trim());
  const chosen = wanted ? targets.filter((target) => wanted.some((name) => target.name.startsWith(name))) : targets;
  if (!SERVER_URL) console.log("No BENCH_DATABASE_URL or TEST_DATABASE_URL: the plain PostgreSQL target is skipped.");
  if (pairMissing) console.log(`The replica target is skipped: ${pairMissing}.`);
  if (args.includes("--build") || !fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    const build = spawnSync("npx", ["--no-install", "next", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const rows: string[] = [];
  for (const target of chosen) rows.push(...(await benchTarget(target)));
  console.log(`\n${CANDIDATES} candidates, ${INSTANCES > 1 ? `${INSTANCES} instances on PostgreSQL, ` : ""}${DURATION_S} s, load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}\n`);
  console.log("| database | endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const line of rows) console.log(line);
  console.log("");
  for (const note of serverNotes) console.log(note);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
