import type { Clock } from "@/lib/interview/clock";
import type { InterviewEvent } from "@/lib/interview/events";
import type { SessionState } from "@/lib/interview/fold";
import type { PhaseBands } from "@/lib/interview/phases";
import { buildProcessBlock } from "@/lib/interview/process";
import { fullRequirements } from "@/lib/prompts/requirements";
import type { PromptDocument } from "@/lib/prompts/schema";
import type { SessionReport, UnavailableReport } from "@/lib/report/session-report";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { isAppError } from "@/lib/errors";
import { formatText, text, type Text } from "@/lib/simulator/text";
import type { Checklist } from "@/lib/content/checklists";
import { evaluateChecklists } from "./checklist";
import { sessionDesignDocument, sessionRequirements } from "./design-document";

export type ReportInput = {
  prompt: PromptDocument;
  promptVersion: number;
  events: readonly InterviewEvent[];
  state: SessionState;
  clock: Clock;
  bands: PhaseBands;
  checklists: readonly Checklist[];
  reason: "manual" | "timeout";
  submittedAt: Date;
};

/**
 * The report stored with a submitted session. Sessions never score anything themselves: the
 * simulator scores the design twice, against what the candidate clarified and against the
 * prompt's full requirements, with the process block folded from the event log. Both runs go
 * through the worker pool's limits (lib/simulation), so a design too large to simulate ends in
 * an error here, never in a stalled request.
 */
export async function buildSessionReport(input: ReportInput, run = runSimulation): Promise<SessionReport> {
  const { prompt, state, clock, bands } = input;
  const process = buildProcessBlock(state, clock, prompt.facts, { bands });
  const clarifiedNeeds = sessionRequirements(prompt, state);
  const fullNeeds = fullRequirements(prompt);
  const options = { rubric: prompt.rubric };
  const [clarified, full] = await Promise.all([
    run(sessionDesignDocument(state, clarifiedNeeds, { process }), options),
    run(sessionDesignDocument(state, fullNeeds, { process }), options),
  ]);
  const checklist = evaluateChecklists(input.checklists, input.events, state, clock, prompt, bands).map((entry) => ({
    phase: entry.phase,
    id: entry.item.id,
    kind: entry.item.kind,
    text: entry.item.text,
    status: entry.auto ? entry.auto.status : entry.ticked ? ("ticked" as const) : ("unticked" as const),
    explanation: entry.auto?.explanation ?? null,
    ...(entry.auto ? { explanationText: entry.auto.explanationText } : {}),
  }));
  return {
    version: 1,
    submittedAt: input.submittedAt.toISOString(),
    reason: input.reason,
    prompt: { slug: prompt.slug, title: prompt.title, version: input.promptVersion },
    clarified,
    full,
    requirements: { clarified: clarifiedNeeds, full: fullNeeds },
    phaseSeconds: clock.phaseSeconds,
    bands: bands.map(([min, max]) => [min, max]) as SessionReport["bands"],
    checklist,
    design: { design: state.design, layout: state.layout },
    reference: { design: prompt.referenceDesign.design, layout: {} },
  };
}

/** The stored report when none could be built: the session is submitted all the same. */
/** `why`: a text, or (an error thrown with plain words) its English only. */
export function unavailableReport(input: Pick<ReportInput, "prompt" | "promptVersion" | "state" | "reason" | "submittedAt">, why: Text | string): UnavailableReport {
  return {
    version: 1,
    submittedAt: input.submittedAt.toISOString(),
    reason: input.reason,
    prompt: { slug: input.prompt.slug, title: input.prompt.title, version: input.promptVersion },
    unavailable: typeof why === "string" ? { why } : { why: formatText(why, "en"), whyText: why },
    design: { design: input.state.design, layout: input.state.layout },
  };
}

/** The user-safe reason a report could not be built, as a text (an error's own, when it has one). */
export function reportFailureReason(error: unknown): Text | string {
  if (isAppError(error)) return error.text ?? error.userMessage;
  return text("problems.detail.simulatorFailed");
}
