import { AppError } from "@/lib/errors";
import { fullRequirements } from "@/lib/prompts/requirements";
import type { PromptDocument } from "@/lib/prompts/schema";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import type { DesignDocument } from "@/lib/simulator/schema";

/**
 * The reference design under everything the interviewer knows: the simulator's defaults, the
 * reference's own targets (a latency SLO no fact sets), then every fact. A model answer must
 * meet this, or the report would compare candidates with an answer that fails the problem.
 */
export function referenceAtFullRequirements(document: Pick<PromptDocument, "facts" | "referenceDesign">): DesignDocument {
  return { ...document.referenceDesign, requirements: fullRequirements(document, { ...REQUIREMENT_DEFAULTS, ...document.referenceDesign.requirements }) };
}

/** Refuses (422, each unmet requirement named) a version whose reference fails its requirements. */
export async function assertReferenceMeetsRequirements(document: PromptDocument, version: number): Promise<void> {
  const report = await runSimulation(referenceAtFullRequirements(document), { rubric: document.rubric });
  if (report.meetsRequirements) return;
  const problems = report.unmetRequirements.map((unmet) => ({
    path: `referenceDesign.requirements.${unmet.requirement}`,
    message: `the reference design gets ${JSON.stringify(unmet.actual)}, the requirement is ${JSON.stringify(unmet.target)}`,
  }));
  throw new AppError(
    "unprocessable",
    `Version ${version} cannot be published: its reference design does not meet the full requirements (${problems.map((p) => p.path.split(".").pop()).join(", ")}). Improve the design, save, and publish again.`,
    { problems },
  );
}
