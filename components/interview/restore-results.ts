import type { InterviewEvent } from "@/lib/interview/events";
import type { Scenario } from "@/lib/simulator/schema";

export type ResultsToRestore = {
  /** Feedback was asked for: the board's results (score, findings, colours) are shown again. */
  feedback: boolean;
  /** The interviewer's last reaction to feedback, as it was said. */
  reply: string | null;
  /** The last failure scenario run, to run again and show with its chart. */
  scenario: Scenario | null;
};

/**
 * What a reloaded interview page must show again from the log: the log keeps that feedback was
 * asked and which scenario ran, not the full reports, so the page re-runs the simulator once on
 * the board (deterministic: the same board gives the same report) and carries on re-running it
 * after every edit, as before the reload.
 */
export function resultsToRestore(events: readonly InterviewEvent[]): ResultsToRestore {
  let feedback = false;
  let reply: string | null = null;
  let scenario: Scenario | null = null;
  for (const event of events) {
    if (event.type === "feedback_requested") feedback = true;
    else if (event.type === "interviewer_replied" && event.id.startsWith("srv-feedback-reply-")) reply = event.payload.text;
    else if (event.type === "scenario_run") scenario = event.payload.scenario;
  }
  return { feedback, reply, scenario };
}
