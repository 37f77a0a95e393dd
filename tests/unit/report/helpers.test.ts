import { describe, expect, it } from "vitest";
import { groupCriteria } from "@/lib/report/criteria-groups";
import { phaseSentence } from "@/lib/report/phase-sentence";
import { phaseTimes, phaseVerdict } from "@/lib/report/phase-time";
import { gapSentence, joinWords, requirementGaps } from "@/lib/report/requirement-gap";
import { sparklinePoints, timelineExtremes } from "@/lib/report/sparkline";
import { makeSessionReport } from "./fixture";

describe("requirementGaps", () => {
  it("lists fields the clarified requirements miss or hold at another value, in field order", () => {
    const gaps = requirementGaps(
      { dailyActiveUsers: 1e6, userRegions: ["us-east"], consistency: "strong" },
      { dailyActiveUsers: 1e6, userRegions: ["us-east", "eu-west"], consistency: "strong", availabilityTarget: 0.999, latencyP99Ms: 100 },
    );
    expect(gaps.map((g) => g.field)).toEqual(["latencyP99Ms", "availabilityTarget", "userRegions"]);
    expect(gaps[2]).toMatchObject({ clarified: ["us-east"], full: ["us-east", "eu-west"] });
    expect(gaps[0].clarified).toBeUndefined();
  });

  it("ignores fields only the candidate set and equal arrays", () => {
    expect(requirementGaps({ retentionYears: 3, userRegions: ["a", "b"] }, { userRegions: ["a", "b"] })).toEqual([]);
  });
});

describe("gapSentence", () => {
  const gaps = requirementGaps({}, { dailyActiveUsers: 1, availabilityTarget: 0.9 });
  it("names what was not asked and the points it cost", () => {
    expect(gapSentence(gaps, 70, 58)).toBe("Not asking about daily active users and availability target cost you 12 points.");
    expect(gapSentence(gaps.slice(0, 1), 70, 69)).toBe("Not asking about daily active users cost you 1 point.");
  });
  it("does not claim a cost when there is none", () => {
    expect(gapSentence(gaps, 70, 70)).not.toMatch(/cost you/);
    expect(gapSentence(gaps, 60, 64)).toContain("4 points more");
    expect(gapSentence([], 70, 70)).toContain("every requirement");
  });
  it("joins words the English way", () => {
    expect([joinWords([]), joinWords(["a"]), joinWords(["a", "b"]), joinWords(["a", "b", "c"])]).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});

describe("phase time", () => {
  it("compares minutes with the band's bounds, inclusive", () => {
    const band = [3, 10] as const;
    expect([0, 120, 180, 600, 601].map((s) => phaseVerdict(s, band))).toEqual(["not reached", "under", "in", "in", "over"]);
  });
  it("says each phase's minutes and verdict", () => {
    const times = phaseTimes([270, 1020, 720, 0], [[3, 10], [10, 15], [10, 25], [3, 5]]);
    expect(times.map((t) => t.verdict)).toEqual(["in", "over", "in", "not reached"]);
    expect(phaseSentence(times[1])).toBe("Phase 2, High-level design: 17 min, over the 10–15 min band.");
    expect(phaseSentence(times[0])).toContain("4.5 min, within");
  });
});

describe("sparkline", () => {
  const box = { width: 100, height: 50, padding: 5 };
  it("maps time to x across the box and served share to y, 100 % at the top", () => {
    const points = sparklinePoints(
      [
        { tSeconds: 10, servedShare: 1, p99Ms: 50, stage: "healthy" },
        { tSeconds: 20, servedShare: 0.5, p99Ms: 80, stage: "failover" },
        { tSeconds: 30, servedShare: 0, p99Ms: 0, stage: "failover" },
      ],
      box,
    );
    // x: 5 + (t − 10)/20 × 90; y: 5 + (1 − share) × 40
    expect(points).toBe("5,5 50,25 95,45");
  });
  it("keeps points inside the box and summarises a real scenario's timeline", () => {
    const report = makeSessionReport("01-single-server.json");
    for (const s of report.clarified.scenarios) {
      const coords = sparklinePoints(s.timeline, box).split(" ").map((p) => p.split(",").map(Number));
      expect(coords).toHaveLength(s.timeline.length);
      for (const [x, y] of coords) {
        expect(x).toBeGreaterThanOrEqual(box.padding);
        expect(x).toBeLessThanOrEqual(box.width - box.padding);
        expect(y).toBeGreaterThanOrEqual(box.padding);
        expect(y).toBeLessThanOrEqual(box.height - box.padding);
      }
      const ex = timelineExtremes(s.timeline);
      expect(ex.minServed).toBe(s.timeline.reduce((m, p) => Math.min(m, p.servedShare), 1));
    }
    expect(sparklinePoints([], box)).toBe("");
  });
});

describe("groupCriteria", () => {
  it("keeps the four groups in order and sums each group's points", () => {
    const { criteria } = makeSessionReport().clarified.score;
    const groups = groupCriteria(criteria);
    expect(groups.map((g) => g.id)).toEqual(["problemNavigation", "solutionDesign", "technicalExcellence", "communication"]);
    expect(groups.flatMap((g) => g.criteria)).toHaveLength(criteria.length);
    for (const g of groups) {
      const members = criteria.filter((c) => c.group === g.id);
      expect(g.points).toBeCloseTo(members.reduce((s, c) => s + c.points, 0), 1);
    }
  });
});
