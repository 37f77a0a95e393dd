import { fullRequirements } from "@/lib/prompts/requirements";
import type { Fact } from "@/lib/prompts/schema";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import type { DesignDocument } from "@/lib/simulator/schema";

/**
 * The reference design under everything the interviewer knows: the simulator's defaults, the
 * reference's own targets (a latency SLO no fact sets), then every fact. A model answer must
 * meet this, or the report would compare candidates with an answer that fails the problem.
 * Pure, so the editor's live score and the publish check are the same computation.
 */
export function referenceAtFullRequirements(facts: readonly Pick<Fact, "sets">[], referenceDesign: DesignDocument): DesignDocument {
  const requirements = fullRequirements({ facts: facts as Fact[] }, { ...REQUIREMENT_DEFAULTS, ...referenceDesign.requirements });
  return { ...referenceDesign, requirements };
}
