import { describe, expect, it } from "vitest";
import { AttemptSummarySchema, attemptSummary } from "@/lib/progress/summary";
import { submittedSession } from "../export/session-fixture";

describe("attemptSummary", () => {
  it("keeps what Progress aggregates, in the shape the loader validates, and nothing bulky", async () => {
    const { report } = await submittedSession();
    const summary = attemptSummary(report);
    expect(AttemptSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    expect(summary.criteria).toHaveLength(report.clarified.score.criteria.length);
    expect(summary.findings.map((f) => f.id)).toEqual(report.clarified.findings.map((f) => f.id));
    expect(summary.phaseSeconds).toEqual(report.phaseSeconds);
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(report).length / 4);
  });
});
