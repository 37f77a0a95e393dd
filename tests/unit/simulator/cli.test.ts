import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ReportSchema } from "@/lib/simulator/schema.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const fixture = (name: string) => path.join(root, "tests/fixtures/designs", name);

function run(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "lib/simulator/cli.ts"), ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("simulator CLI", () => {
  it("prints the report JSON and exits 0", () => {
    const r = run([fixture("single-server.json")]);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.spofs).toEqual(["server"]);
  }, 60_000);

  it("prints the same report every time (nothing samples, so there is no seed)", () => {
    expect(run([fixture("single-server.json")]).stdout).toBe(run([fixture("single-server.json")]).stdout);
  }, 60_000);

  it("--summary prints a table instead", () => {
    const r = run([fixture("single-server.json"), "--summary"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Score \d+ \/ 100/);
    expect(r.stdout).toMatch(/component\s+kind\s+offered rps/);
  }, 60_000);

  it("an invalid document exits 2 with every problem and its path, no stack trace", () => {
    const r = run([fixture("invalid-edge.json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("requirements.dailyActiveUsers:");
    expect(r.stderr).toContain('design.nodes[1].instance: unknown field "instance"');
    expect(r.stderr).toContain('design.edges[1].to: unknown node "db"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("invalid JSON, a missing file and an unknown option exit 2", () => {
    for (const args of [[fixture("broken.json")], [fixture("nope.json")], [fixture("single-server.json"), "--seed", "3"], []]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
