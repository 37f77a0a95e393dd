import { describe, expect, it } from "vitest";
import { ProcessSchema } from "@/lib/simulator/schema";
import { computeClock } from "@/lib/interview/clock";
import { foldEvents } from "@/lib/interview/fold";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { buildProcessBlock, countWords, hasUnits, keyFacts, mentionsTradeoff } from "@/lib/interview/process";
import { eventLog, HIGH_LEVEL_DESIGN, minute, T0 } from "./fixtures";

const FACTS = [
  { id: "dau", key: true },
  { id: "read-write", key: true },
  { id: "latency", key: true },
  { id: "media" },
];

function interview() {
  const log = eventLog();
  const q1 = log.add(1, "question_asked", { text: "How many users?" });
  log.add(1, "interviewer_replied", { questionId: q1, factIds: ["dau"], text: "10M" });
  const q2 = log.add(2, "question_asked", { text: "Images?" });
  log.add(2, "interviewer_replied", { questionId: q2, factIds: ["media"], text: "Some" });
  log.add(3, "requirement_set", { field: "dailyActiveUsers", value: 1e7, source: "fact", factId: "dau" });
  log.add(3, "requirement_set", { field: "latencyP99Ms", value: 200, source: "assumption" });
  log.add(3, "requirement_set", { field: "consistency", value: "eventual", source: "assumption" });
  log.add(4, "estimate_set", { field: "readQps", value: 2300 });
  log.add(8, "phase_advanced", { from: 1, to: 2, reason: "manual" });
  log.add(9, "design_set", { design: HIGH_LEVEL_DESIGN, layout: {} });
  log.add(10, "question_asked", { text: "Is this OK?" });
  log.add(12, "feedback_requested", { phase: 2, score: 60, spofs: [], topFindings: [] });
  log.add(20, "phase_advanced", { from: 2, to: 3, reason: "manual" });
  log.add(21, "note_set", { phase: 3, doc: {}, text: "Cache in front of the DB instead of more replicas; peak 4,600 QPS" });
  log.add(40, "phase_advanced", { from: 3, to: 4, reason: "manual" });
  log.add(41, "note_set", { phase: 4, doc: {}, text: "Bottleneck: the primary. At 10x: shard by user id." });
  return log.events;
}

describe("buildProcessBlock", () => {
  it("measures the interview into a valid process block", () => {
    const events = interview();
    const state = foldEvents(events);
    const clock = computeClock({
      startedAt: T0,
      now: minute(43),
      mode: "PRACTICE",
      bands: DEFAULT_PHASE_BANDS_MINUTES,
      advances: [
        { at: minute(8), to: 2 },
        { at: minute(20), to: 3 },
        { at: minute(40), to: 4 },
      ],
      timeScale: 1,
    });
    const block = buildProcessBlock(state, clock, FACTS, { bands: DEFAULT_PHASE_BANDS_MINUTES });
    expect(ProcessSchema.safeParse(block).success).toBe(true);
    expect(block.phaseSeconds).toEqual([8 * 60, 12 * 60, 20 * 60, 3 * 60]);
    expect(block.phaseBandsMinutes).toEqual([[3, 10], [10, 15], [10, 25], [3, 5]]);
    expect(block.questionsAsked).toBe(3);
    expect(block.questionsBeforeFirstComponent).toBe(2);
    expect(block.keyFactsRevealed).toBe(1); // media is not key
    expect(block.keyFactsTotal).toBe(3);
    expect(block.requirementFieldsFilled).toBe(3);
    expect(block.assumptionsStated).toBe(2);
    expect(block.candidateEstimates).toEqual({ readQps: 2300 });
    expect(block.feedbackRequestedInPhase2).toBe(true);
    expect(block.wrapUpWords).toBe("Bottleneck: the primary. At 10x: shard by user id.".split(" ").length);
    expect(block.tradeoffsNoted).toBe(true);
    expect(block.unitsWritten).toBe(true);
  });

  it("is all zeros and false for an empty session", () => {
    const block = buildProcessBlock(foldEvents([]), { phaseSeconds: [0, 0, 0, 0] }, FACTS);
    expect(block).toEqual({
      phaseSeconds: [0, 0, 0, 0],
      probesAsked: 0,
      probesAnswered: 0,
      questionsAsked: 0,
      questionsBeforeFirstComponent: 0,
      keyFactsRevealed: 0,
      keyFactsTotal: 3,
      requirementFieldsFilled: 0,
      assumptionsStated: 0,
      candidateEstimates: {},
      feedbackRequestedInPhase2: false,
      wrapUpWords: 0,
      tradeoffsNoted: false,
      unitsWritten: false,
    });
  });
});

describe("process helpers", () => {
  it("counts all facts as key when none is marked", () => {
    expect(keyFacts([{ id: "a" }, { id: "b" }])).toHaveLength(2);
  });
  it("counts words in English and Korean", () => {
    expect(countWords("  primary is the bottleneck — shard it ")).toBe(6);
    expect(countWords("병목은 주 데이터베이스입니다")).toBe(3);
  });
  it.each([
    ["SQL vs NoSQL for the feed", true],
    ["async replication: a trade-off between latency and data loss", true],
    ["캐시의 장단점", true],
    ["add a cache", false],
  ])("mentionsTradeoff(%j) = %s", (text, expected) => expect(mentionsTradeoff(text)).toBe(expected));
  it.each([
    ["2,300 QPS average", true],
    ["about 2 TB/day", true],
    ["p99 200 ms", true],
    ["하루 2TB 저장", true],
    ["we need lots of servers", false],
    ["10 million users", false],
  ])("hasUnits(%j) = %s", (text, expected) => expect(hasUnits(text)).toBe(expected));
});
