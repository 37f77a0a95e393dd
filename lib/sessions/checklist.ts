import type { Checklist, ChecklistItem } from "@/lib/content/checklists";
import { evaluateRule, type RuleResult } from "@/lib/interview/checklist-rules";
import type { Clock } from "@/lib/interview/clock";
import type { InterviewEvent } from "@/lib/interview/events";
import type { SessionState } from "@/lib/interview/fold";
import type { PhaseBands, PhaseNumber } from "@/lib/interview/phases";
import type { PromptDocument } from "@/lib/prompts/schema";

export type ChecklistEntry = { phase: PhaseNumber; item: ChecklistItem; auto: RuleResult | null; ticked: boolean };

/** Every do and don't with its automatic verdict (when the log can decide it) or the candidate's tick. */
export function evaluateChecklists(
  checklists: readonly Checklist[],
  events: readonly InterviewEvent[],
  state: SessionState,
  clock: Clock,
  prompt: PromptDocument,
  bands: PhaseBands,
): ChecklistEntry[] {
  return checklists.flatMap((checklist) =>
    checklist.items.map((item) => ({
      phase: checklist.phase,
      item,
      auto: item.rule ? evaluateRule(item.rule, events, state, clock, { facts: prompt.facts, bands, phase: checklist.phase }) : null,
      ticked: state.ticks[item.id] === true,
    })),
  );
}
