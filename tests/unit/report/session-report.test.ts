import { describe, expect, it } from "vitest";
import { SessionReportSchema } from "@/lib/report/session-report";
import { makeSessionReport } from "./fixture";

describe("SessionReportSchema", () => {
  const report = makeSessionReport();

  it("accepts a report built from simulate() on an example design, round-tripped through JSON", () => {
    const parsed = SessionReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
    expect(parsed.data?.clarified.score.total).toBe(report.clarified.score.total);
  });

  it("accepts a session without a reference design", () => {
    expect(SessionReportSchema.safeParse({ ...report, reference: null }).success).toBe(true);
  });

  it.each([
    ["an unknown top-level field", { ...report, extra: 1 }, []],
    ["a phase time missing", { ...report, phaseSeconds: [1, 2, 3] }, ["phaseSeconds"]],
    ["an unknown checklist status", { ...report, checklist: [{ ...report.checklist[0], status: "done" }] }, ["checklist", 0, "status"]],
    ["a report without its score", { ...report, full: { ...report.full, score: undefined } }, ["full", "score"]],
    ["a layout position without y", { ...report, design: { ...report.design, layout: { users: { x: 1 } } } }, ["design", "layout", "users", "y"]],
    ["a date that is not ISO", { ...report, submittedAt: "yesterday" }, ["submittedAt"]],
    ["a reason outside the two", { ...report, reason: "crash" }, ["reason"]],
  ])("rejects %s", (_name, input, pathPrefix) => {
    const parsed = SessionReportSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toContainEqual(pathPrefix);
  });
});
