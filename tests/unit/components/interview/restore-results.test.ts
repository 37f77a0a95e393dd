import { describe, expect, it } from "vitest";
import { resultsToRestore } from "@/components/interview/restore-results";
import type { InterviewEvent } from "@/lib/interview/events";

const at = "2026-01-01T00:00:00.000Z";

describe("resultsToRestore", () => {
  it("finds nothing to restore in a log without feedback or scenarios", () => {
    const events = [{ id: "q1", type: "question_asked", payload: { text: "How many users?" }, at }] as InterviewEvent[];
    expect(resultsToRestore(events)).toEqual({ feedback: false, reply: null, scenario: null });
  });

  it("restores the last feedback reply and the last scenario run", () => {
    const events = [
      { id: "srv-feedback-a", type: "feedback_requested", payload: { phase: 2, score: 40, spofs: ["db"], topFindings: [] }, at },
      { id: "srv-feedback-reply-a", type: "interviewer_replied", payload: { questionId: "a", factIds: [], text: "First reaction" }, at },
      { id: "srv-answer-q2", type: "interviewer_replied", payload: { questionId: "q2", factIds: ["dau"], text: "About 10 million." }, at },
      { id: "srv-scenario-1", type: "scenario_run", payload: { scenario: { kind: "node_down", node: "db" }, servedShare: 0.5, p99Ms: 90 }, at },
      { id: "srv-feedback-reply-b", type: "interviewer_replied", payload: { questionId: "b", factIds: [], text: "Second reaction" }, at },
      { id: "srv-scenario-2", type: "scenario_run", payload: { scenario: { kind: "cache_cold" }, servedShare: 0.9, p99Ms: 50 }, at },
    ] as InterviewEvent[];
    expect(resultsToRestore(events)).toEqual({ feedback: true, reply: "Second reaction", scenario: { kind: "cache_cold" } });
  });
});
