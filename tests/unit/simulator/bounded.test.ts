import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/simulator/index.ts";
import { evaluateState, healthyState, setupModel } from "@/lib/simulator/model.ts";
import { topologicalOrder } from "@/lib/simulator/plan-walk.ts";
import { ReportSchema } from "@/lib/simulator/schema.ts";
import { validateDesignDocument } from "@/lib/simulator/validate.ts";
import { ladderDesign } from "../../fixtures/ladder.ts";

// Issue 8 item 1: the simulator's work grows with the design's size, never with its number of
// paths. Measured deterministically by the size of the plan DAG every walk visits (routing,
// loads, latency laws and availability each visit a plan node once); `npm run bench:simulator`
// prints the times.
function planSize(layers: number): number {
  const checked = validateDesignDocument(ladderDesign(layers));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const setup = setupModel(checked.document);
  const ev = evaluateState(setup, healthyState(setup));
  return (["dynamicRead", "write", "staticRead"] as const).reduce((s, c) => s + topologicalOrder(ev.plans[c]).length, 0);
}

describe("bounded simulation over a ladder of load balancers (2^layers paths)", () => {
  it("the plan DAG grows linearly with the layers: the same number of plan nodes per layer", () => {
    const [s10, s20, s40] = [planSize(10), planSize(20), planSize(40)];
    expect(s20 - s10).toBe((s40 - s20) / 2);
    expect(s40).toBeLessThan(40 * 40);
  });

  it("a 40-layer ladder (2^40 paths) is simulated in full, with a valid report", () => {
    const checked = validateDesignDocument(ladderDesign(40));
    if (!checked.ok) throw new Error("invalid ladder");
    const report = simulate(checked.document);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.score.servedShare).toBeGreaterThan(0.99);
    expect(report.latency.dynamicRead.p99Ms).toBeGreaterThan(40 * 0.5);
  }, 60_000);

  it("the same ladder ending in a database (no application tier) serves nothing and says why", () => {
    const checked = validateDesignDocument(ladderDesign(20, "sql_database"));
    if (!checked.ok) throw new Error("invalid ladder");
    const report = simulate(checked.document);
    expect(report.score.servedShare).toBe(0);
    expect(report.findings.some((f) => f.id === "meaningless-edge")).toBe(true);
  }, 60_000);
});
