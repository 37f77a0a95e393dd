import { describe, expect, it } from "vitest";
import { describeGroups, describePhases, describePrompts, describeScores } from "@/lib/progress/describe";

const point = (n: number, score: number) => ({ n, id: `s${n}`, date: "2025-01-01T00:00:00.000Z", score, promptSlug: "x", promptTitle: "X" });

describe("chart text alternatives", () => {
  it("says first, last, best and the direction of the score", () => {
    expect(describeScores([point(1, 40), point(2, 80), point(3, 70)])).toBe("Score over 3 attempts: first 40, last 70, best 80 out of 100; up overall.");
    expect(describeScores([])).toBe("No submitted attempts yet.");
  });

  it("names each prompt with its attempts, best and last", () => {
    expect(describePrompts([{ slug: "a", title: "A", points: [{ n: 1, id: "1", score: 30 }], best: 30, last: 30 }])).toBe("Score per prompt: A, 1 attempt, best 30, last 30.");
  });

  it("gives each assessed group's first and last share", () => {
    const text = describeGroups([
      { n: 1, id: "1", problemNavigation: 0.5, solutionDesign: 0.25, technicalExcellence: 1, communication: null },
      { n: 2, id: "2", problemNavigation: 0.75, solutionDesign: 0.5, technicalExcellence: 1, communication: null },
    ]);
    expect(text).toContain("Problem navigation 50 % to 75 %");
    expect(text).not.toContain("Communication");
  });

  it("counts attempts within each phase's band", () => {
    const [first] = describePhases([
      { n: 1, id: "1", minutes: [5, 12, 20, 4], verdicts: ["in", "in", "in", "in"] },
      { n: 2, id: "2", minutes: [1, 12, 20, 4], verdicts: ["under", "in", "in", "in"] },
    ]);
    expect(first).toBe("Understand the problem: within its band in 1 of 2 attempts; last attempt 1 min (under).");
  });
});
