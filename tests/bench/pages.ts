/**
 * npm run bench:pages — how heavy and how quick the main pages are in a real browser.
 *
 * Builds the app if there is no production build (or with --build), serves it on its own port
 * and data folder (fresh: migrated and seeded), signs in as the demo candidate, starts one
 * interview and loads each page in Chromium with a cold browser cache. Per page it prints:
 * - first-load JS: every script the page fetched until it was interactive, raw and gzipped
 *   (gzip level 9 of each file, so the figure does not depend on the server's compression);
 * - first byte: when the server's answer began (its rendering time, mostly);
 * - time to interactive: from navigation start until the page's own "ready" element is there
 *   and React has hydrated it (the interview: the chat box, enabled). Median of --runs (3).
 *
 * Options: --build (rebuild first), --runs N, BENCH_PORT (default 3190), CHROMIUM_PATH.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = ".data-bench";
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3;
const FORCE_BUILD = args.includes("--build");
const CANDIDATE = { email: "candidate@designdrill.dev", password: "practice-makes-perfect" };

type PageSpec = { name: string; path: string; anonymous?: boolean; ready: (page: Page) => Promise<void> };
type Sample = { scripts: number; rawBytes: number; gzipBytes: number; firstByteMs: number; ttiMs: number };

const env = {
  ...process.env,
  DATA_DIR,
  DATABASE_URL: "",
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};

function run(command: string, commandArgs: string[]) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (exit ${result.status})`);
}

async function waitForHealth(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no answer from ${BASE}/api/health after 2 minutes`);
}

/** Resolves once React has hydrated the element: React tags hydrated DOM nodes with __reactFiber keys. */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return !!element && Object.keys(element).some((key) => key.startsWith("__reactFiber")) && !(element as HTMLInputElement).disabled;
  }, selector, { timeout: 30_000, polling: 10 });
}

async function signIn(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await hydrated(page, "form button[type=submit]");
  await page.getByLabel("Email").fill(CANDIDATE.email);
  await page.getByLabel("Password").fill(CANDIDATE.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  await page.close();
}

async function startInterview(context: BrowserContext): Promise<string> {
  // State-changing API calls must come from the site itself (lib/http/same-origin.ts).
  const response = await context.request.post(`${BASE}/api/sessions`, { headers: { origin: BASE }, data: { slug: "scale-to-millions", mode: "PRACTICE" } });
  if (!response.ok()) throw new Error(`could not start an interview: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function finishedSession(context: BrowserContext): Promise<string | null> {
  const response = await context.request.get(`${BASE}/history`);
  const match = /\/sessions\/([\w-]+)\/report/.exec(await response.text());
  return match?.[1] ?? null;
}

async function measure(browser: Browser, storageState: Awaited<ReturnType<BrowserContext["storageState"]>>, spec: PageSpec): Promise<Sample> {
  // A fresh context each time: a cold browser cache, as on a first visit.
  const context = await browser.newContext(spec.anonymous ? {} : { storageState });
  const page = await context.newPage();
  const scripts: Promise<Buffer | null>[] = [];
  let counting = true;
  page.on("response", (response) => {
    if (!counting || response.request().resourceType() !== "script") return;
    scripts.push(response.body().catch(() => null));
  });
  await page.goto(`${BASE}${spec.path}`, { waitUntil: "commit" });
  await spec.ready(page).catch((error: unknown) => {
    throw new Error(`${spec.name} never became interactive (${page.url()}): ${error instanceof Error ? error.message : String(error)}`);
  });
  const { ttiMs, firstByteMs } = await page.evaluate(() => ({
    ttiMs: performance.now(),
    firstByteMs: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.responseStart ?? 0,
  }));
  counting = false;
  const bodies = (await Promise.all(scripts)).filter((body): body is Buffer => body !== null);
  await context.close();
  return {
    scripts: bodies.length,
    rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    firstByteMs,
    ttiMs,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  if (FORCE_BUILD || !existsSync(".next/BUILD_ID")) run("npx", ["--no-install", "next", "build"]);
  rmSync(DATA_DIR, { recursive: true, force: true });
  run("npx", ["--no-install", "tsx", "prisma/migrate.ts"]);
  run("npx", ["--no-install", "tsx", "prisma/seed.ts"]);
  const server = spawn("npx", ["--no-install", "next", "start", "-p", String(PORT)], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitForHealth(server);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    const login = await browser.newContext();
    await signIn(login);
    const interviewId = await startInterview(login);
    const sampleId = await finishedSession(login);
    const storageState = await login.storageState();
    await login.close();

    const pages: PageSpec[] = [
      { name: "/login", path: "/login", anonymous: true, ready: (p) => hydrated(p, "form button[type=submit]") },
      { name: "/home", path: "/home", ready: (p) => hydrated(p, "header nav a") },
      { name: "/practice", path: "/practice", ready: (p) => hydrated(p, "main form button") },
      { name: "/practice/[slug]", path: "/practice/scale-to-millions", ready: (p) => hydrated(p, "main form button[type=submit]") },
      { name: "/interview/[id]", path: `/interview/${interviewId}`, ready: (p) => hydrated(p, "[data-interview-ready] textarea") },
      { name: "/history", path: "/history", ready: (p) => hydrated(p, "header nav a") },
      { name: "/concepts", path: "/concepts", ready: (p) => hydrated(p, "header nav a") },
      ...(sampleId
        ? [
            { name: "/sessions/[id]/report", path: `/sessions/${sampleId}/report`, ready: (p: Page) => hydrated(p, "header nav a") },
            { name: "/sessions/[id]/replay", path: `/sessions/${sampleId}/replay`, ready: (p: Page) => hydrated(p, "main input[type=range]") },
          ]
        : []),
    ];

    console.log(`\nbench:pages — ${BASE}, production build, cold browser cache, median of ${RUNS} loads (after one warm-up load)\n`);
    console.log(`${"page".padEnd(24)}${"scripts".padStart(8)}${"JS raw".padStart(12)}${"JS gzip".padStart(12)}${"first byte".padStart(12)}${"interactive".padStart(14)}`);
    for (const spec of pages) {
      await measure(browser, storageState, spec); // warm the server (compilation caches, database)
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, storageState, spec));
      const last = samples[samples.length - 1];
      console.log(
        `${spec.name.padEnd(24)}${String(last.scripts).padStart(8)}${kb(median(samples.map((s) => s.rawBytes))).padStart(12)}${kb(median(samples.map((s) => s.gzipBytes))).padStart(12)}${`${Math.round(median(samples.map((s) => s.firstByteMs)))} ms`.padStart(12)}${`${Math.round(median(samples.map((s) => s.ttiMs)))} ms`.padStart(14)}`,
      );
    }
    await browser.close();
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:pages failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
