import { describe, expect, it } from "vitest";
import { EventSchema } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { eventLog, HIGH_LEVEL_DESIGN, minute } from "./fixtures";

function session() {
  const log = eventLog();
  const q1 = log.add(0.5, "question_asked", { text: "How many users?" });
  log.add(0.5, "interviewer_replied", { questionId: q1, factIds: ["dau"], text: "10 million DAU." });
  log.add(1, "requirement_set", { field: "dailyActiveUsers", value: 10_000_000, source: "fact", factId: "dau" });
  const q2 = log.add(2, "question_asked", { text: "Can I use Redis?" });
  log.add(2, "interviewer_replied", { questionId: q2, factIds: [], text: "Your call." });
  log.add(3, "requirement_set", { field: "latencyP99Ms", value: 200, source: "assumption" });
  log.add(3.5, "estimate_set", { field: "readQps", value: 2300 });
  log.add(4, "functional_set", { items: ["shorten a URL", "redirect"] });
  log.add(6, "phase_advanced", { from: 1, to: 2, reason: "manual" });
  log.add(8, "design_set", { design: { nodes: [{ id: "users", kind: "client" }], edges: [] }, layout: {} });
  log.add(9, "question_asked", { text: "Is consistency strong?" });
  log.add(10, "design_set", { design: HIGH_LEVEL_DESIGN, layout: { lb: { x: 10, y: 20 } } });
  log.add(11, "feedback_requested", { phase: 2, score: 55, spofs: ["db"], topFindings: ["The database is a SPOF."] });
  log.add(12, "note_set", { phase: 2, doc: { type: "doc", content: [] }, text: "LB in front of stateless web" });
  log.add(12.5, "checklist_ticked", { itemId: "draw-paths", checked: true });
  log.add(13, "checklist_ticked", { itemId: "draw-paths", checked: false });
  log.add(13.5, "estimate_set", { field: "readQps", value: null });
  log.add(20, "phase_advanced", { from: 2, to: 3, reason: "timeout" });
  log.add(21, "scenario_run", { scenario: { kind: "node_down", node: "db" }, servedShare: 0.4, p99Ms: 120 });
  log.add(22, "probe_asked", { probeIndex: 1, text: "What if the primary fails?" });
  log.add(23, "requirement_set", { field: "latencyP99Ms", value: null, source: "assumption" });
  log.add(30, "submitted", { reason: "manual" });
  log.add(31, "question_asked", { text: "a late retry" });
  return log.events;
}

describe("foldEvents", () => {
  const events = session();

  it("uses only valid events in its fixtures", () => {
    for (const e of events) expect(EventSchema.safeParse(e).success).toBe(true);
  });

  it("folds the whole log into the current state", () => {
    const s = foldEvents(events);
    expect(s.phase).toBe(3);
    expect(s.revealedFactIds).toEqual(["dau"]);
    expect(s.chat.map((c) => c.role)).toEqual(["candidate", "interviewer", "candidate", "interviewer", "candidate", "interviewer"]);
    expect(s.chat[1].factIds).toEqual(["dau"]);
    expect(s.chat[3].factIds).toBeUndefined();
    expect(s.requirements).toEqual({ dailyActiveUsers: { value: 10_000_000, source: "fact", factId: "dau" } });
    expect(s.functional).toEqual(["shorten a URL", "redirect"]);
    expect(s.estimates).toEqual({});
    expect(s.design).toEqual(HIGH_LEVEL_DESIGN);
    expect(s.layout).toEqual({ lb: { x: 10, y: 20 } });
    expect(s.notes[2].text).toBe("LB in front of stateless web");
    expect(s.notes[1].text).toBe("");
    expect(s.ticks).toEqual({ "draw-paths": false });
    expect(s.feedbackRuns).toHaveLength(1);
    expect(s.feedbackRuns[0].phase).toBe(2);
    expect(s.scenarioRuns).toHaveLength(1);
    expect(s.scenarioRuns[0].phase).toBe(3);
    expect(s.probesAsked).toEqual([1]);
    expect(s.submitted).toEqual({ reason: "manual", at: minute(30).toISOString() });
  });

  it("counts questions before the first component, ignoring a lone client node", () => {
    const s = foldEvents(events);
    // Questions at 0.5, 2 and 9 minutes; the first non-client node lands at minute 10.
    expect(s.stats.questionsAsked).toBe(3);
    expect(s.stats.questionsBeforeFirstComponent).toBe(3);
    expect(s.stats.firstComponentAt).toBe(minute(10).toISOString());
    expect(s.stats.phaseEnteredAt).toEqual({ 1: null, 2: minute(6).toISOString(), 3: minute(20).toISOString(), 4: null });
  });

  it("replays: stops at a time", () => {
    const at7 = foldEvents(events, { until: minute(7) });
    expect(at7.phase).toBe(2);
    expect(at7.estimates).toEqual({ readQps: 2300 });
    expect(at7.requirements.latencyP99Ms).toEqual({ value: 200, source: "assumption" });
    expect(at7.design.nodes).toEqual([]);
    expect(at7.submitted).toBeNull();
    expect(foldEvents(events, { until: minute(-1) })).toEqual(foldEvents([]));
  });

  it("is deterministic and does not mutate its input", () => {
    const copy = structuredClone(events);
    const a = foldEvents(events);
    expect(foldEvents(events)).toEqual(a);
    expect(events).toEqual(copy);
  });

  it("ignores backward and repeated advances and keeps one entry per probe", () => {
    const log = eventLog();
    log.add(1, "phase_advanced", { from: 1, to: 3, reason: "manual" });
    log.add(2, "phase_advanced", { from: 1, to: 2, reason: "manual" });
    log.add(3, "probe_asked", { probeIndex: 0, text: "a" });
    log.add(4, "probe_asked", { probeIndex: 0, text: "a" });
    const s = foldEvents(log.events);
    expect(s.phase).toBe(3);
    expect(s.probesAsked).toEqual([0]);
  });

  it("honours a backdated timeout in replay", () => {
    const log = eventLog();
    log.add(12, "question_asked", { text: "late question" });
    log.add(10, "phase_advanced", { from: 1, to: 2, reason: "timeout" });
    expect(foldEvents(log.events, { until: minute(11) }).phase).toBe(2);
    expect(foldEvents(log.events, { until: minute(11) }).chat).toHaveLength(0);
  });
});
