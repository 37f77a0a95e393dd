import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Starts the production build on its own port and data folder, so the route tests talk to
 * the real app: next-auth, the proxy, route handlers and the embedded database.
 */
const PORT = Number(process.env.INTEGRATION_PORT ?? 3101);
const DATA_DIR = ".data-integration";
export const INTEGRATION_METRICS_TOKEN = "integration-metrics-token-0123";
let server: ChildProcess | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    throw new Error("Integration tests run against the production build: run `npx next build` first (npm test does).");
  }
  fs.rmSync(path.join(root, DATA_DIR), { recursive: true, force: true });
  const env = {
    ...process.env,
    DATA_DIR,
    DATABASE_URL: "",
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: "integration-secret-not-for-production-0123",
    NEXT_TELEMETRY_DISABLED: "1",
    DESIGNDRILL_E2E: "1",
    METRICS_TOKEN: INTEGRATION_METRICS_TOKEN,
  };
  for (const script of ["prisma/migrate.ts", "prisma/seed.ts"]) {
    const result = spawnSync("npx", ["--no-install", "tsx", script], { cwd: root, env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  }
  server = spawn("npx", ["--no-install", "next", "start", "-p", String(PORT)], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const baseUrl = `http://localhost:${PORT}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`The app server exited early:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (Date.now() >= deadline) throw new Error(`The app server did not become healthy in 60 s:\n${stderr}`);
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
