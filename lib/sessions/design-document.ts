import type { SessionState } from "@/lib/interview/fold";
import { clarifiedRequirements, fullRequirements } from "@/lib/prompts/requirements";
import type { PromptDocument } from "@/lib/prompts/schema";
import { RequirementsSchema, type DesignDocument, type ProcessBlock, type Requirements, type Scenario } from "@/lib/simulator/schema";

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
  const merged = clarifiedRequirements(prompt, state.revealedFactIds, assumptions as Requirements) as Record<string, unknown>;
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(merged)) {
    const shape = RequirementsSchema.shape[field as keyof Requirements];
    if (shape && shape.safeParse(value).success) clean[field] = value;
  }
  return clean as Requirements;
}

export function promptFullRequirements(prompt: PromptDocument): Requirements {
  return fullRequirements(prompt);
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
