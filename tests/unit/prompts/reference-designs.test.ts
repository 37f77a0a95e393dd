import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { simulate } from "@/lib/simulator";

// A prompt's reference design is the model answer the report compares against: it must pass
// the simulator's own checks at the prompt's full requirements.

const PROMPTS_DIR = path.join(import.meta.dirname, "../../../content/prompts");
const { prompts } = await loadPromptFiles(PROMPTS_DIR);

describe.each(prompts.map((p) => [p.slug, p] as const))("reference design of %s", (_slug, prompt) => {
  const report = simulate(prompt.referenceDesign, { rubric: prompt.rubric });

  it("meets the prompt's full requirements", () => {
    expect(report.unmetRequirements).toEqual([]);
    expect(report.meetsRequirements).toBe(true);
  });

  it("scores at least 85", () => {
    expect(report.score.total).toBeGreaterThanOrEqual(85);
  });

  it("has no single point of failure and no critical finding", () => {
    expect(report.spofs).toEqual([]);
    expect(report.findings.filter((f) => f.severity === "critical").map((f) => f.message)).toEqual([]);
  });

  it("keeps every failure scenario within the error budget", () => {
    const over = report.scenarios.filter((s) => !s.withinErrorBudget).map((s) => s.summary);
    expect(over).toEqual([]);
  });

  it("serves the whole baseline under the latency target", () => {
    const baseline = report.scenarios.find((s) => s.scenario.kind === "baseline");
    expect(baseline?.servedShare).toBeGreaterThanOrEqual(0.999);
    expect(report.latency.dynamicRead.p99Ms).not.toBeNull();
    expect(report.latency.dynamicRead.p99Ms!).toBeLessThanOrEqual(prompt.referenceDesign.requirements.latencyP99Ms ?? Infinity);
  });
});
