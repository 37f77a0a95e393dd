import type { InterviewEvent } from "@/lib/interview/events";

// A small session log for the replay tests, dated in milliseconds after START.
export const START = "2025-03-01T10:00:00.000Z";
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

export const EVENTS: InterviewEvent[] = [
  { id: "q-000001", type: "question_asked", payload: { text: "How many daily active users?" }, at: at(12_400) },
  { id: "r-000001", type: "interviewer_replied", payload: { questionId: "q-000001", factIds: ["dau"], text: "About 10 million." }, at: at(13_000) },
  { id: "req-00001", type: "requirement_set", payload: { field: "dailyActiveUsers", value: 10_000_000, source: "fact", factId: "dau" }, at: at(20_000) },
  { id: "q-000002", type: "question_asked", payload: { text: "What is the read to write ratio?" }, at: at(95_000) },
  { id: "p-000001", type: "phase_advanced", payload: { from: 1, to: 2, reason: "manual" }, at: at(300_250) },
  {
    id: "d-000001",
    type: "design_set",
    payload: { design: { nodes: [{ id: "web", kind: "web_server" }], edges: [] }, layout: { web: { x: 0, y: 0 } } },
    at: at(360_000),
  },
  { id: "f-000001", type: "feedback_requested", payload: { phase: 2, score: 48, spofs: ["web"], topFindings: ["One web server"] }, at: at(420_000) },
  { id: "s-000001", type: "scenario_run", payload: { scenario: { kind: "node_down", node: "web" }, servedShare: 0.004, p99Ms: 0 }, at: at(430_500) },
  { id: "sub-00001", type: "submitted", payload: { reason: "timeout" }, at: at(600_000) },
];
