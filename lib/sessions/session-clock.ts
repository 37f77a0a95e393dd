import type { InterviewEvent } from "@/lib/interview/events";
import { DEFAULT_PHASE_BANDS_MINUTES, type PhaseBands } from "@/lib/interview/phases";
import type { SessionClockInput } from "@/lib/interview/session-clock";
import type { PromptDocument } from "@/lib/prompts/schema";

export function promptBands(prompt: PromptDocument): PhaseBands {
  return (prompt.phases as PhaseBands | undefined) ?? DEFAULT_PHASE_BANDS_MINUTES;
}

/** The clock's input for a stored session: its row, its prompt's bands and its log. */
export function clockInputFor(
  session: { startedAt: Date; mode: "STRICT" | "PRACTICE"; prompt: PromptDocument },
  events: readonly InterviewEvent[],
  now: Date,
  timeScale: number,
): SessionClockInput {
  return { events, startedAt: session.startedAt, now, mode: session.mode, bands: promptBands(session.prompt), timeScale };
}
