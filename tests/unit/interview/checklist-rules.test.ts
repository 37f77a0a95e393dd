import { describe, expect, it } from "vitest";
import { evaluateRule, RULE_IDS, RULE_THRESHOLDS, type RuleContext } from "@/lib/interview/checklist-rules";
import { computeClock, type PhaseAdvance } from "@/lib/interview/clock";
import type { InterviewEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { DEFAULT_PHASE_BANDS_MINUTES, type PhaseNumber } from "@/lib/interview/phases";
import { eventLog, HIGH_LEVEL_DESIGN, minute, T0 } from "./fixtures";

const CONTEXT: RuleContext = {
  facts: [
    { id: "dau", key: true },
    { id: "read-write", key: true },
    { id: "latency", key: true },
    { id: "media" },
  ],
};

function evaluate(events: InterviewEvent[], nowMinutes: number) {
  const state = foldEvents(events);
  const advances: PhaseAdvance[] = events.flatMap((e) => (e.type === "phase_advanced" ? [{ at: new Date(e.at), to: e.payload.to }] : []));
  const submittedAt = state.submitted ? new Date(state.submitted.at) : null;
  const clock = computeClock({ startedAt: T0, now: minute(nowMinutes), mode: "PRACTICE", bands: DEFAULT_PHASE_BANDS_MINUTES, advances, timeScale: 1, submittedAt });
  return (rule: string) => evaluateRule(rule, events, state, clock, CONTEXT);
}

function goodInterview() {
  const log = eventLog();
  for (const [m, text, facts] of [
    [1, "How many users?", ["dau"]],
    [2, "Read/write ratio?", ["read-write"]],
    [3, "Latency target?", ["latency"]],
    [4, "Tech stack?", []],
  ] as const) {
    const q = log.add(m, "question_asked", { text });
    log.add(m, "interviewer_replied", { questionId: q, factIds: [...facts], text: "…" });
  }
  log.add(5, "functional_set", { items: ["post a photo", "view the feed"] });
  log.add(5, "requirement_set", { field: "dailyActiveUsers", value: 1e7, source: "fact", factId: "dau" });
  log.add(5, "requirement_set", { field: "availabilityTarget", value: 0.999, source: "assumption" });
  log.add(6, "estimate_set", { field: "readQps", value: 2300 });
  log.add(7, "phase_advanced", { from: 1, to: 2, reason: "manual" });
  log.add(9, "design_set", { design: HIGH_LEVEL_DESIGN, layout: {} });
  log.add(15, "feedback_requested", { phase: 2, score: 60, spofs: ["db"], topFindings: [] });
  log.add(19, "phase_advanced", { from: 2, to: 3, reason: "manual" });
  log.add(25, "scenario_run", { scenario: { kind: "node_down", node: "db" }, servedShare: 0.3, p99Ms: 50 });
  log.add(40, "phase_advanced", { from: 3, to: 4, reason: "manual" });
  const wrapUp = "The primary database is the bottleneck and a single point of failure; add a replica with automatic failover, a cache for hot reads, and at ten times the scale shard users by id and move uploads to a queue.";
  log.add(43, "note_set", { phase: 4, doc: {}, text: wrapUp });
  log.add(44, "submitted", { reason: "manual" });
  return { events: log.events, wrapUpWords: wrapUp.split(" ").length };
}

describe("evaluateRule on a well-run interview", () => {
  const { events, wrapUpWords } = goodInterview();
  const rule = evaluate(events, 44);

  it("meets every rule", () => {
    for (const id of RULE_IDS) expect(rule(id).status, `${id}: ${rule(id).explanation}`).toBe("met");
  });

  it("explains with the candidate's own numbers", () => {
    expect(rule("asked-before-drawing").explanation).toBe("You asked 4 questions before placing the first component.");
    expect(rule("clarified-key-facts").explanation).toBe("You clarified 3 of 3 key facts.");
    expect(rule("wrote-requirements").explanation).toBe("You wrote 2 functional requirements and 2 non-functional fields.");
    expect(rule("stated-assumptions").explanation).toBe("You stated 1 assumption (availabilityTarget).");
    expect(rule("wrote-estimates").explanation).toBe("You wrote 1 estimate (readQps).");
    expect(rule("ran-failure-scenario").explanation).toBe("You ran 1 failure scenario (node down).");
    expect(rule("wrote-wrap-up").explanation).toBe(`Your wrap-up notes have ${wrapUpWords} words.`);
    expect(rule("high-level-before-deep-dive").explanation).toBe("You entered the deep dive with 3 connected components on the board.");
  });
});

describe("evaluateRule while the interview runs", () => {
  it("is pending early in phase 1, then met once the evidence arrives", () => {
    const log = eventLog();
    log.add(0.5, "question_asked", { text: "Users?" });
    const rule = evaluate(log.events, 1);
    for (const id of ["asked-before-drawing", "clarified-key-facts", "wrote-requirements", "stated-assumptions", "wrote-estimates", "feedback-in-phase-2", "high-level-before-deep-dive", "ran-failure-scenario", "wrote-wrap-up", "phase-in-band"]) {
      expect(rule(id).status, id).toBe("pending");
    }
    expect(rule("asked-before-drawing").explanation).toMatch(/^1 question so far/);
  });

  it("is unmet once the phase that needed it is over", () => {
    const log = eventLog();
    log.add(0.5, "question_asked", { text: "Users?" });
    log.add(1, "design_set", { design: { nodes: [{ id: "web", kind: "web_server" }], edges: [] }, layout: {} });
    log.add(2, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    log.add(4, "phase_advanced", { from: 2, to: 3, reason: "manual" });
    const rule = evaluate(log.events, 5);
    expect(rule("asked-before-drawing")).toMatchObject({
      status: "unmet",
      explanation: `You asked 1 question before placing the first component; ask at least ${RULE_THRESHOLDS.questionsBeforeDrawing} clarifying questions before drawing.`,
    });
    expect(rule("clarified-key-facts").status).toBe("unmet");
    expect(rule("stated-assumptions").status).toBe("unmet");
    expect(rule("wrote-estimates").status).toBe("unmet");
    expect(rule("feedback-in-phase-2").status).toBe("unmet");
    expect(rule("high-level-before-deep-dive")).toMatchObject({
      status: "unmet",
      explanation: "You entered the deep dive with only 1 component; finish the high-level picture first.",
    });
    expect(rule("ran-failure-scenario").status).toBe("pending");
    expect(rule("phase-in-band")).toMatchObject({
      status: "unmet",
      explanation: "Phase 1 took 2 minutes (band 3–10); phase 2 took 2 minutes (band 10–15).",
    });
  });

  it("does not count a baseline or a spike as a failure scenario", () => {
    const log = eventLog();
    log.add(1, "scenario_run", { scenario: { kind: "baseline" }, servedShare: 1, p99Ms: 10 });
    log.add(2, "scenario_run", { scenario: { kind: "traffic_spike", factor: 3 }, servedShare: 0.8, p99Ms: 90 });
    log.add(3, "submitted", { reason: "manual" });
    expect(evaluate(log.events, 3)("ran-failure-scenario").status).toBe("unmet");
  });

  it("reports phases never reached when time is up", () => {
    const log = eventLog();
    log.add(8, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    log.add(20, "phase_advanced", { from: 2, to: 3, reason: "manual" });
    const rule = evaluate(log.events, 50);
    // Phase 3 ran 20 → 45 minutes: 25, at the top of its band, so only phase 4 is missed.
    expect(rule("phase-in-band")).toMatchObject({ status: "unmet", explanation: "Phase 4 was never reached." });
    expect(rule("wrote-wrap-up").status).toBe("unmet");
  });

  it("leaves unknown rule ids to the candidate", () => {
    expect(evaluate([], 0)("draw-request-paths").status).toBe("pending");
  });
});

describe("time in band, judged for the item's own phase", () => {
  function judge(events: InterviewEvent[], nowMinutes: number, phase: PhaseNumber) {
    const state = foldEvents(events);
    const advances: PhaseAdvance[] = events.flatMap((e) => (e.type === "phase_advanced" ? [{ at: new Date(e.at), to: e.payload.to }] : []));
    const submittedAt = state.submitted ? new Date(state.submitted.at) : null;
    const clock = computeClock({ startedAt: T0, now: minute(nowMinutes), mode: "PRACTICE", bands: DEFAULT_PHASE_BANDS_MINUTES, advances, timeScale: 1, submittedAt });
    return evaluateRule("phase-in-band", events, state, clock, { ...CONTEXT, phase });
  }

  it("is pending while its phase runs, and judged on that phase's time once it ends", () => {
    const log = eventLog();
    expect(judge(log.events, 2, 1)).toMatchObject({ status: "pending", explanation: "Phase 1 has not ended yet: 2 minutes so far of its 3–10 minute band." });
    expect(judge(log.events, 2, 2)).toMatchObject({ status: "pending", explanation: "Phase 2 has not started yet." });
    log.add(5, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    expect(judge(log.events, 6, 1)).toMatchObject({ status: "met", explanation: "Phase 1 took 5 minutes, within its 3–10 minute band." });
    // Phase 2 is short so far, but it has not ended: not judged yet.
    expect(judge(log.events, 6, 2).status).toBe("pending");
    log.add(7, "phase_advanced", { from: 2, to: 3, reason: "manual" });
    expect(judge(log.events, 8, 2)).toMatchObject({ status: "unmet", explanation: "Phase 2 took 2 minutes, under its 10–15 minute band." });
    expect(judge(log.events, 8, 1).status).toBe("met");
  });

  it("says a phase was never reached once the interview is over", () => {
    const log = eventLog();
    log.add(4, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    log.add(6, "submitted", { reason: "manual" });
    expect(judge(log.events, 6, 4)).toMatchObject({ status: "unmet", explanation: "Phase 4 was never reached." });
  });
});
