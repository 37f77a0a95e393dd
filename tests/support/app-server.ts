import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * One production server (`next start` on the existing build), started the way a process manager
 * or a container runs it: the Next process itself, so signals reach it directly. Its stdout (the
 * JSON log lines) is kept for assertions.
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = {
  baseUrl: string;
  process: ChildProcess;
  /** Every stdout line so far. */
  output: () => string[];
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
  signal: (signal: NodeJS.Signals) => void;
};

export function serverEnv(port: number, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "scale-tests-secret-not-for-production-0123",
    NEXT_TELEMETRY_DISABLED: "1",
    DESIGNDRILL_E2E: "1",
    // The tests read the server's log lines.
    LOG_LEVEL: "info",
    ...extra,
  };
}

/** Runs one of the project's scripts (migrate, seed) with the given environment. */
export function runScript(script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

/** `nodeArgs`: extra flags for Node itself (a CPU profile: `--cpu-prof`). */
export async function startAppServer(port: number, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<AppServer> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server on ${port} exited early:\n${stdout}\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server on ${port} did not become healthy in 90 s:\n${stdout}\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    process: child,
    output: () => stdout.split("\n").filter((line) => line !== ""),
    exited,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** Stops a server if it still runs: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopAppServer(server: AppServer | undefined, graceMs = 10_000): Promise<void> {
  if (!server) return;
  server.signal("SIGTERM");
  const timer = setTimeout(() => server.signal("SIGKILL"), graceMs);
  await server.exited;
  clearTimeout(timer);
}
