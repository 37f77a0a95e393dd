import { evaluateRule, RULE_IDS, type RuleContext, type RuleResult } from "@/lib/interview/checklist-rules";
import { computeClock, type PhaseAdvance } from "@/lib/interview/clock";
import type { InterviewEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { DEFAULT_PHASE_BANDS_MINUTES, type PhaseNumber } from "@/lib/interview/phases";
import { eventLog, HIGH_LEVEL_DESIGN, minute, T0 } from "../fixtures";

// Representative sessions for the checklist's explanations: every rule, judged at every step
// of a good, a poor and an empty interview, for every phase, so each branch of every rule
// (met, pending, unmet, and their plural forms) is reached at least once.

const FACTS: RuleContext["facts"] = [{ id: "dau", key: true }, { id: "read-write", key: true }, { id: "latency", key: true }, { id: "media" }];

function good(): InterviewEvent[] {
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
  log.add(5.5, "requirement_set", { field: "peakToAverageRatio", value: 2, source: "assumption" });
  log.add(6, "estimate_set", { field: "readQps", value: 2300 });
  log.add(6.5, "estimate_set", { field: "storageBytesPerDay", value: 1e12 });
  log.add(7, "phase_advanced", { from: 1, to: 2, reason: "manual" });
  log.add(9, "design_set", { design: HIGH_LEVEL_DESIGN, layout: {} });
  log.add(15, "feedback_requested", { phase: 2, score: 60, spofs: ["db"], topFindings: [] });
  log.add(16, "feedback_requested", { phase: 2, score: 70, spofs: [], topFindings: [] });
  log.add(19, "phase_advanced", { from: 2, to: 3, reason: "manual" });
  log.add(25, "scenario_run", { scenario: { kind: "node_down", node: "db" }, servedShare: 0.3, p99Ms: 50 });
  log.add(26, "scenario_run", { scenario: { kind: "region_outage", region: "us-east" }, servedShare: 0.5, p99Ms: 80 } as never);
  log.add(40, "phase_advanced", { from: 3, to: 4, reason: "manual" });
  log.add(41, "note_set", { phase: 4, doc: {}, text: "Cache." });
  const wrapUp = "The primary database is the bottleneck and a single point of failure; add a replica with automatic failover, a cache for hot reads, and at ten times the scale shard users by id and move uploads to a queue.";
  log.add(43, "note_set", { phase: 4, doc: {}, text: wrapUp });
  log.add(44, "submitted", { reason: "manual" });
  return log.events;
}

function poor(): InterviewEvent[] {
  const log = eventLog();
  log.add(0.5, "question_asked", { text: "Users?" });
  log.add(1, "design_set", { design: { nodes: [{ id: "web", kind: "web_server" }], edges: [] }, layout: {} });
  log.add(1.5, "functional_set", { items: ["post"] });
  log.add(2, "phase_advanced", { from: 1, to: 2, reason: "manual" });
  log.add(3, "design_set", { design: { nodes: [{ id: "c", kind: "client" }, { id: "web", kind: "web_server" }, { id: "db", kind: "sql_database" }, { id: "cache", kind: "cache" }], edges: [{ from: "c", to: "web" }] }, layout: {} });
  log.add(4, "phase_advanced", { from: 2, to: 3, reason: "manual" });
  log.add(5, "scenario_run", { scenario: { kind: "baseline" }, servedShare: 1, p99Ms: 10 });
  log.add(70, "note_set", { phase: 4, doc: {}, text: "One." });
  return log.events;
}

function drawsEarly(): InterviewEvent[] {
  const log = eventLog();
  log.add(1, "design_set", { design: { nodes: [{ id: "web", kind: "web_server" }], edges: [] }, layout: {} });
  log.add(26, "submitted", { reason: "timeout" });
  return log.events;
}

export type Judged = { name: string; rule: string; phase: PhaseNumber | null; result: RuleResult };

function judgeAll(name: string, events: InterviewEvent[], nowMinutes: number, facts: RuleContext["facts"]): Judged[] {
  const state = foldEvents(events);
  const advances: PhaseAdvance[] = events.flatMap((e) => (e.type === "phase_advanced" ? [{ at: new Date(e.at), to: e.payload.to }] : []));
  const submittedAt = state.submitted ? new Date(state.submitted.at) : null;
  const clock = computeClock({ startedAt: T0, now: minute(nowMinutes), mode: "PRACTICE", bands: DEFAULT_PHASE_BANDS_MINUTES, advances, timeScale: 1, submittedAt });
  const out: Judged[] = [];
  for (const rule of [...RULE_IDS, "draw-request-paths"]) {
    for (const phase of [null, 1, 2, 3, 4] as const) {
      if (phase !== null && rule !== "phase-in-band") continue;
      out.push({ name, rule, phase, result: evaluateRule(rule, events, state, clock, { facts, phase: phase ?? undefined }) });
    }
  }
  return out;
}

/** Every prefix of each session, judged half a minute after its last event (and once much later). */
export function judgedSessions(): Judged[] {
  const out: Judged[] = [];
  const sessions: [string, InterviewEvent[], RuleContext["facts"]][] = [
    ["good", good(), FACTS],
    ["poor", poor(), FACTS],
    ["draws-early", drawsEarly(), FACTS],
    ["no-facts", poor(), []],
  ];
  for (const [name, events, facts] of sessions) {
    out.push(...judgeAll(`${name}@0`, [], 0.2, facts));
    for (let i = 1; i <= events.length; i++) {
      const prefix = events.slice(0, i);
      const at = (new Date(prefix[i - 1].at).getTime() - T0.getTime()) / 60_000;
      out.push(...judgeAll(`${name}#${i}@${at + 0.5}`, prefix, at + 0.5, facts));
    }
    out.push(...judgeAll(`${name}@200`, events, 200, facts));
  }
  return out;
}
