import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPool, DEFAULT_POOL_LIMITS, runInPool, SimulationTooLargeError, workerFile } from "@/lib/simulation/pool";
import type { DesignDocument, Report } from "@/lib/simulator/schema";

const fixture = path.join(import.meta.dirname, "fixtures/misbehaving-worker.ts");
const limits = { ...DEFAULT_POOL_LIMITS, timeLimitMs: 3_000, memoryMb: 48, threads: 1 };
const misbehaving = createPool<{ kind: "spin" | "hog" | "ok" | "slow-start" }, string>(limits, fixture);
const real = createPool(limits, workerFile());

afterAll(async () => {
  await Promise.all([misbehaving.destroy(), real.destroy()]);
});

// Threads start slowly on a busy 2-core machine; the limits under test are the pool's, not these.
describe("the simulator's worker pool", { timeout: 60_000 }, () => {
  it("runs the real simulator in a worker thread and returns its report", async () => {
    const document = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../fixtures/designs/single-server.json"), "utf8")) as DesignDocument;
    const report: Report = await runInPool(real, { document, options: {} }, { ...limits, timeLimitMs: 20_000 });
    expect(report.version).toBe(1);
    expect(report.components.map((component) => component.id)).toContain(document.design.nodes[1]!.id);
  });

  it("stops a run past the time limit with a 422 that says why, and keeps serving", async () => {
    const error = await runInPool(misbehaving, { kind: "spin" }, { ...limits, timeLimitMs: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulationTooLargeError);
    expect((error as SimulationTooLargeError).status).toBe(422);
    expect((error as SimulationTooLargeError).userMessage).toMatch(/^This design is too large to simulate: it did not finish within 1 s/);
    await expect(runInPool(misbehaving, { kind: "ok" }, { ...limits, timeLimitMs: 20_000 })).resolves.toBe("ok");
  });

  it("does not charge starting a thread or loading the simulator to the design", async () => {
    await expect(runInPool(misbehaving, { kind: "slow-start" }, { ...limits, timeLimitMs: 1_000 })).resolves.toBe("ok");
  });

  it("stops a run past the memory limit with a 422, and the next run gets a fresh thread", async () => {
    const error = await runInPool(misbehaving, { kind: "hog" }, { ...limits, timeLimitMs: 30_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulationTooLargeError);
    expect((error as SimulationTooLargeError).userMessage).toMatch(/needed more than 48 MB of memory/);
    await expect(runInPool(misbehaving, { kind: "ok" }, { ...limits, timeLimitMs: 20_000 })).resolves.toBe("ok");
  });
});
