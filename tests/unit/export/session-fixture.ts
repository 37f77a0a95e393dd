import fs from "node:fs";
import path from "node:path";
import type { InterviewEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { sessionClock } from "@/lib/interview/session-clock";
import { parsePromptText } from "@/lib/prompts/load-content";
import type { PromptDocument } from "@/lib/prompts/schema";
import type { SessionReport } from "@/lib/report/session-report";
import { buildSessionReport } from "@/lib/sessions/build-report";
import { simulate } from "@/lib/simulator";
import { clockInputFor, promptBands } from "@/lib/sessions/session-clock";

// A submitted session built the way the server builds it: an event log on a shipped prompt,
// folded, clocked to its `submitted` event and scored by buildSessionReport.

export const START = new Date("2025-03-01T10:00:00.000Z");
const at = (s: number) => new Date(START.getTime() + s * 1000).toISOString();

export function loadPrompt(slug: string): PromptDocument {
  const file = path.join(process.cwd(), "content/prompts", `${slug}.yaml`);
  const parsed = parsePromptText(file, fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.prompt;
}

export async function submittedSession(timeScale = 1): Promise<{ prompt: PromptDocument; events: InterviewEvent[]; report: SessionReport; startedAt: Date; mode: "PRACTICE" }> {
  const prompt = loadPrompt("url-shortener");
  const design = {
    nodes: [
      { id: "users", kind: "client" as const },
      { id: "lb", kind: "load_balancer" as const, instances: 2 },
      { id: "web", kind: "web_server" as const, instances: 3, stateless: true },
      { id: "cache", kind: "cache" as const, instances: 2, memoryGb: 16 },
      { id: "db", kind: "sql_database" as const, role: "primary" as const },
    ],
    edges: [
      { from: "users", to: "lb" },
      { from: "lb", to: "web" },
      { from: "web", to: "cache" },
      { from: "web", to: "db" },
    ],
  };
  const events: InterviewEvent[] = [
    { id: "q-1", type: "question_asked", payload: { text: "How many users?" }, at: at(30) },
    { id: "req-1", type: "requirement_set", payload: { field: "dailyActiveUsers", value: 1_000_000, source: "assumption" }, at: at(60) },
    { id: "p-1", type: "phase_advanced", payload: { from: 1, to: 2, reason: "manual" }, at: at(300) },
    { id: "d-1", type: "design_set", payload: { design, layout: { users: { x: 0, y: 0 }, lb: { x: 250, y: 0 }, web: { x: 500, y: 0 }, cache: { x: 750, y: -100 }, db: { x: 750, y: 100 } } }, at: at(600) },
    { id: "p-2", type: "phase_advanced", payload: { from: 2, to: 3, reason: "manual" }, at: at(1200) },
    { id: "p-3", type: "phase_advanced", payload: { from: 3, to: 4, reason: "manual" }, at: at(1900) },
    { id: "sub-1", type: "submitted", payload: { reason: "manual" }, at: at(2100) },
  ] as InterviewEvent[];
  const state = foldEvents(events);
  const submittedAt = new Date(at(2100));
  const session = { startedAt: START, mode: "PRACTICE" as const, prompt };
  const clock = sessionClock(clockInputFor(session, events, submittedAt, timeScale));
  // In process (the worker pool is tested on its own): the same simulator, without threads.
  const report = await buildSessionReport({
    prompt,
    promptVersion: 1,
    events,
    state,
    clock,
    bands: promptBands(prompt),
    checklists: [],
    reason: "manual",
    submittedAt,
  }, async (doc, options) => simulate(doc, options));
  return { prompt, events, report, startedAt: START, mode: "PRACTICE" };
}
