import type { Clock } from "@/lib/interview/clock";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import { answerQuestion } from "./interviewer";
import type { LiveSession } from "./sync-session";

export type AppendResult = {
  accepted: string[];
  rejected: { id: string; reason: string }[];
  events: InterviewEvent[];
  clock: Clock;
  status: "ACTIVE" | "SUBMITTED";
};

/**
 * What the server does with the candidate's events, in order, on a session brought up to date:
 * an id already stored is acknowledged again, a submitted interview refuses changes, and the
 * server reacts where the interviewer would (questions answered, probes asked, submission
 * scored). Where the events go is the session's business: the database, or a list written in one
 * statement afterwards (./append-in-one-statement.ts).
 */
export async function applyClientEvents(current: LiveSession, events: readonly ClientEvent[]): Promise<AppendResult> {
  const accepted: string[] = [];
  const rejected: { id: string; reason: string }[] = [];
  // Events that only add to the log (estimates, notes, a board…) wait here and are stored in one
  // statement: nothing about them depends on the state that the ones before them make.
  const pending: ClientEvent[] = [];
  const storePending = () => current.appendAll(pending.splice(0));
  for (const event of events) {
    if (current.has(event.id) || pending.some((waiting) => waiting.id === event.id)) {
      accepted.push(event.id);
      continue;
    }
    if (current.submitted) {
      rejected.push({ id: event.id, reason: "The interview has been submitted; it can no longer change." });
      continue;
    }
    accepted.push(event.id);
    if (event.type === "phase_advanced" || event.type === "submitted") {
      // These depend on the state the events before them make, and change it.
      await storePending();
      if (event.type === "submitted") await current.submit("manual", event.id);
      // A phase that already moved on (a timeout, or another tab) leaves nothing to do.
      else if (event.payload.from === current.state.phase && (await current.append(event))) await current.askDueProbe();
      continue;
    }
    pending.push(event);
    if (event.type !== "question_asked" && event.type !== "design_set") continue;
    // The interviewer answers a question, and a board may make a probe due, before what follows.
    const stored = (await storePending()).find((added) => added.id === event.id);
    if (stored?.type === "question_asked") {
      await current.appendAll(answerQuestion(current.session.prompt, { id: stored.id, text: stored.payload.text }, current.state));
    }
    if (stored?.type === "design_set") await current.askDueProbe();
  }
  await storePending();
  return { accepted, rejected, events: current.added, clock: current.clock(), status: current.session.status };
}
