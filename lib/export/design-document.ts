import type { InterviewEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { buildProcessBlock } from "@/lib/interview/process";
import { sessionClock } from "@/lib/interview/session-clock";
import type { PromptDocument } from "@/lib/prompts/schema";
import type { SessionReport } from "@/lib/report/session-report";
import type { DesignDocument } from "@/lib/simulator/schema";
import { sessionDesignDocument } from "@/lib/sessions/design-document";
import { clockInputFor, promptBands } from "@/lib/sessions/session-clock";

export type ExportableSession = {
  startedAt: Date;
  mode: "STRICT" | "PRACTICE";
  prompt: PromptDocument;
  events: readonly InterviewEvent[];
};

/**
 * The design document the stored report was scored from, for `npm run simulate`: the board
 * under the requirements the candidate clarified, with the process block rebuilt from the
 * event log exactly as submission built it (the clock stops at the `submitted` event), so the
 * CLI gives the stored score. Prompts with their own rubric weights score differently in the
 * CLI, which has no rubric option; none of the shipped prompts has one.
 */
export function exportDesignDocument(session: ExportableSession, report: SessionReport, timeScale: number): DesignDocument {
  const state = foldEvents(session.events);
  const submittedAt = state.submitted ? new Date(state.submitted.at) : new Date(report.submittedAt);
  const bands = promptBands(session.prompt);
  const clock = sessionClock(clockInputFor(session, session.events, submittedAt, timeScale));
  const process = buildProcessBlock(state, clock, session.prompt.facts, { bands });
  return sessionDesignDocument(state, report.requirements.clarified, { process });
}
