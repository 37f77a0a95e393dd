import type { Clock } from "@/lib/interview/clock";
import type { InterviewEvent } from "@/lib/interview/events";
import type { SessionState } from "@/lib/interview/fold";
import type { PhaseBands } from "@/lib/interview/phases";
import { buildProcessBlock } from "@/lib/interview/process";
import { fullRequirements } from "@/lib/prompts/requirements";
import type { PromptDocument } from "@/lib/prompts/schema";
import type { SessionReport } from "@/lib/report/session-report";
import { simulate } from "@/lib/simulator";
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
 * prompt's full requirements, with the process block folded from the event log.
 */
export function buildSessionReport(input: ReportInput): SessionReport {
  const { prompt, state, clock, bands } = input;
  const process = buildProcessBlock(state, clock, prompt.facts, { bands });
  const clarifiedNeeds = sessionRequirements(prompt, state);
  const fullNeeds = fullRequirements(prompt);
  const options = { rubric: prompt.rubric };
  const clarified = simulate(sessionDesignDocument(state, clarifiedNeeds, { process }), options);
  const full = simulate(sessionDesignDocument(state, fullNeeds, { process }), options);
  const checklist = evaluateChecklists(input.checklists, input.events, state, clock, prompt, bands).map((entry) => ({
    phase: entry.phase,
    id: entry.item.id,
    kind: entry.item.kind,
    text: entry.item.text,
    status: entry.auto ? entry.auto.status : entry.ticked ? ("ticked" as const) : ("unticked" as const),
    explanation: entry.auto?.explanation ?? null,
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
