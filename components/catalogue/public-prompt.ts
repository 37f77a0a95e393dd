import { DEFAULT_PHASE_BANDS_MINUTES, PHASES, type PhaseNumber } from "@/lib/interview/phases";
import type { PromptDocument } from "@/lib/prompts/schema";

/**
 * What a candidate may read before an interview. Built field by field (never by spreading the
 * document and deleting), so a field added to prompts later stays hidden until it is named here:
 * facts, probes, curveballs and the reference design are the interviewer's.
 */
export type PublicPrompt = {
  slug: string;
  title: string;
  summary: string;
  difficulty: PromptDocument["difficulty"];
  topics: string[];
  statement: string;
  phases: { number: PhaseNumber; title: string; guide: string; minMinutes: number; maxMinutes: number }[];
};

export function toPublicPrompt(doc: PromptDocument): PublicPrompt {
  const bands = doc.phases ?? DEFAULT_PHASE_BANDS_MINUTES;
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    difficulty: doc.difficulty,
    topics: [...doc.topics],
    statement: doc.statement,
    phases: PHASES.map((phase, i) => ({
      number: phase.number,
      title: phase.title,
      guide: phase.guide,
      minMinutes: bands[i][0],
      maxMinutes: bands[i][1],
    })),
  };
}
