import { describe, expect, it } from "vitest";
import { bestScoresByMember, cohortFindings } from "@/lib/cohorts/overview";
import type { Attempt } from "@/lib/progress/aggregate";

const base = { criteria: [], unmet: [], phaseSeconds: [0, 0, 0, 0] as const, bands: [] };
const spof = { id: "spof", severity: "critical" as const, concept: "single-point-of-failure", message: "db is a SPOF" };
const a = (id: string, userId: string, slug: string, score: number, findings: Attempt["findings"] = []) => ({ ...base, id, userId, submittedAt: new Date(0), promptSlug: slug, promptTitle: slug, score, findings });

describe("cohort overview", () => {
  it("keeps each member's best score per prompt and lists members without attempts", () => {
    const out = bestScoresByMember([a("1", "ann", "feed", 40), a("2", "ann", "feed", 72), a("3", "bob", "short", 55), a("4", "eve", "feed", 99)], ["ann", "bob", "cid"]);
    expect(out.prompts.map((p) => p.slug)).toEqual(["feed", "short"]);
    expect(out.rows).toEqual([
      { memberId: "ann", best: { feed: 72 } },
      { memberId: "bob", best: { short: 55 } },
      { memberId: "cid", best: {} },
    ]);
  });

  it("ranks the findings that recur across the cohort's attempts", () => {
    const cold = { id: "cold", severity: "warning" as const, concept: "cache", message: "cold" };
    const out = cohortFindings([a("1", "ann", "x", 0, [spof, cold]), a("2", "bob", "x", 0, [spof, spof]), a("3", "bob", "x", 0, [])]);
    expect(out.map((f) => [f.key, f.count])).toEqual([["spof", 2], ["cold", 1]]);
  });
});
