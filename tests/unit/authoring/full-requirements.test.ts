import { describe, expect, it } from "vitest";
import { referenceAtFullRequirements } from "@/lib/authoring/full-requirements";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";

const design = { nodes: [{ id: "users", kind: "client" as const }], edges: [] };

describe("referenceAtFullRequirements", () => {
  it("takes the simulator's defaults, then the reference's own targets, then every fact", () => {
    const scored = referenceAtFullRequirements(
      [{ sets: { dailyActiveUsers: 5_000 } }, { sets: { latencyP99Ms: 150 } }, {}],
      { version: 1, requirements: { latencyP99Ms: 300, availabilityTarget: 0.9999 }, design },
    );
    expect(scored.requirements.dailyActiveUsers).toBe(5_000);
    expect(scored.requirements.latencyP99Ms).toBe(150);
    expect(scored.requirements.availabilityTarget).toBe(0.9999);
    expect(scored.requirements.retentionYears).toBe(REQUIREMENT_DEFAULTS.retentionYears);
    expect(scored.design).toBe(design);
  });
});
