import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOG_BATCH_BYTES, LOG_FLUSH_MS } from "@/lib/observability/logger";

// The logger writes standard output in batches (lib/observability/logger.ts). What must hold:
// no line is lost when the process exits, whether it exits at once or runs out of work, and a
// quiet process's lines still come out within the flush interval.
const script = path.resolve(import.meta.dirname, "fixtures/log-lines.ts");
const tsx = path.resolve(import.meta.dirname, "../../../node_modules/.bin/tsx");

type Run = { lines: { line: number; msg: string }[]; code: number | null; firstLineMs: number | null; exitMs: number };

function run(count: number, how: "exit" | "return" | "linger"): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script, String(count), how], { env: { ...process.env, LOG_LEVEL: "info" }, stdio: ["ignore", "pipe", "inherit"] });
    const started = Date.now();
    let firstLineMs: number | null = null;
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (firstLineMs === null && out.includes("batched")) firstLineMs = Date.now() - started;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, firstLineMs, exitMs: Date.now() - started, lines: out.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line)) }),
    );
  });
}

describe("batched standard output", () => {
  it("writes a quiet process's few lines within the flush interval, not when it exits", async () => {
    // Fewer bytes than a batch: only the periodic flush can write them while the process lingers.
    const { code, lines, firstLineMs, exitMs } = await run(3, "linger");
    expect(3 * 60).toBeLessThan(LOG_BATCH_BYTES);
    expect(code).toBe(0);
    expect(lines).toHaveLength(3);
    expect(firstLineMs).not.toBeNull();
    // The process lingers 2 s after logging; the lines came out well before it ended.
    expect(exitMs - firstLineMs!).toBeGreaterThan(2000 - 4 * LOG_FLUSH_MS);
  }, 30_000);

  it.each(["exit", "return"] as const)("keeps every line, in order, when the process ends by %s", async (how) => {
    // More than one batch and a partial one at the end.
    const { code, lines } = await run(500, how);
    expect(code).toBe(0);
    expect(lines.map((line) => line.line)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(lines.every((line) => line.msg === "batched")).toBe(true);
  }, 30_000);
});
