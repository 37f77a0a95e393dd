import type { SessionState } from "@/lib/interview/fold";
import { clarifiedRequirements } from "@/lib/prompts/requirements";
import type { PromptDocument } from "@/lib/prompts/schema";
import { validRequirementValues } from "@/lib/simulator/requirements";
import type { DesignDocument, ProcessBlock, Requirements, Scenario } from "@/lib/simulator/schema";

/**
 * The requirements the candidate established: facts they were told, overlaid by the
 * assumptions they wrote on the sheet. Values that do not fit the simulator's schema (a
 * half-typed number, say) are left out rather than failing the run.
 */
export function sessionRequirements(prompt: PromptDocument, state: SessionState): Requirements {
  const assumptions: Record<string, unknown> = {};
  for (const [field, entry] of Object.entries(state.requirements)) {
    if (entry?.source === "assumption" && entry.value !== null) assumptions[field] = entry.value;
  }
  return validRequirementValues(clarifiedRequirements(prompt, state.revealedFactIds, assumptions as Requirements));
}

/** The document the simulator reads: the board's design under the given requirements. */
export function sessionDesignDocument(
  state: SessionState,
  requirements: Requirements,
  extras: { scenarios?: Scenario[]; process?: ProcessBlock } = {},
): DesignDocument {
  return {
    version: 1,
    requirements,
    design: state.design,
    ...(extras.scenarios ? { scenarios: extras.scenarios } : {}),
    ...(extras.process ? { process: extras.process } : {}),
  };
}
