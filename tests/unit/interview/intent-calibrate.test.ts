import path from "node:path";
import { describe, expect, it } from "vitest";
import { calibratePair, chooseThresholds, CLAUSE_CANDIDATES, folds, PAIR_CANDIDATES, WRONG_COST, type Prediction } from "@/lib/interview/intent/calibrate";
import { readCorpus } from "@/lib/interview/intent/corpus";
import { NONE } from "@/lib/interview/intent/classifier";

// Abstention thresholds are chosen from out-of-fold predictions: answer when the best topic is
// likely enough and clearly ahead of the runner-up, weighing a wrong answer above a missed one.

describe("calibration of the interviewer's abstention", () => {
  it("splits into stratified folds: every k-th example of each topic and language", () => {
    const examples = Array.from({ length: 6 }, (_, i) => ({ text: `q${i}`, topic: i < 3 ? "users" : "peak", language: "en" as const }));
    const parts = folds(examples, 3);
    expect(parts.map((p) => p.map((e) => e.text))).toEqual([["q0", "q3"], ["q1", "q4"], ["q2", "q5"]]);
  });

  it("raises the margin until confident mistakes stop costing more than the answers they cost", () => {
    const predictions: Prediction[] = [
      ...Array.from({ length: 10 }, () => ({ truth: "users", best: "users", p1: 0.9, p2: 0.05 })),
      // Close calls that are wrong more often than right: worth declining.
      ...Array.from({ length: 3 }, () => ({ truth: "peak", best: "traffic", p1: 0.45, p2: 0.4 })),
      { truth: "peak", best: "peak", p1: 0.45, p2: 0.4 },
    ];
    const c = chooseThresholds(predictions, 2);
    expect(c.margin).toBeGreaterThan(0);
    expect(c.right).toBe(10);
    expect(c.wrong).toBe(0);
  });

  it("never counts declining an unrelated question as a mistake", () => {
    const predictions: Prediction[] = [
      { truth: NONE, best: NONE, p1: 0.8, p2: 0.1 },
      { truth: "users", best: "users", p1: 0.6, p2: 0.1 },
    ];
    const c = chooseThresholds(predictions, 2);
    expect(c).toMatchObject({ right: 1, wrong: 0, topicQuestions: 1 });
  });
});

describe("near-ties in the calibration", () => {
  it("go to the pair with fewer wrong answers", () => {
    // 200 sure answers, then 2 right and 1 wrong at a middling margin: answering them gains
    // right − 2 × wrong = 0, a tie, so the stricter margin that declines all three wins.
    const predictions: Prediction[] = [
      ...Array.from({ length: 200 }, () => ({ truth: "users", best: "users", p1: 0.9, p2: 0.02 })),
      { truth: "peak", best: "peak", p1: 0.5, p2: 0.3 },
      { truth: "peak", best: "peak", p1: 0.5, p2: 0.3 },
      { truth: "peak", best: "traffic", p1: 0.5, p2: 0.3 },
    ];
    const c = chooseThresholds(predictions, 2);
    expect(c.wrong).toBe(0);
    expect(c.right).toBe(200);
  });
});

describe("calibrating two topics in one question", () => {
  it("counts, per candidate bar, the questions about several topics found and the topics added, and picks the best", () => {
    const small = readCorpus(path.resolve(import.meta.dirname, "../../fixtures/interviewer"));
    const several = [
      ["How many users do we have, and what's the availability target?", "users", "availability"],
      ["What's the QPS and how fast will usage grow?", "traffic", "growth"],
      ["What latency do we need, and where are the users?", "latency", "regions"],
    ].map(([text, topic, other]) => ({ text, topic, also: [other], language: "en" as const, several: true as const }));
    const { choice, all } = calibratePair(small, [...small.examples, ...several], 3);
    expect(all).toHaveLength(PAIR_CANDIDATES.length * CLAUSE_CANDIDATES.length);
    for (const r of all) expect(r.severalQuestions).toBe(several.length);
    expect(Math.max(...all.map((r) => r.found))).toBeGreaterThan(0);
    const value = (r: (typeof all)[number]) => r.found - WRONG_COST * r.added;
    expect(value(choice)).toBe(Math.max(...all.map(value)));
    // At one clause bar, a higher pair bar never adds more topics.
    for (let i = 1; i < all.length; i++) if (all[i].clauseAccept === all[i - 1].clauseAccept) expect(all[i].added).toBeLessThanOrEqual(all[i - 1].added);
  });
});
