import { AppError } from "@/lib/errors";
import type { PromptDocument } from "@/lib/prompts/schema";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { referenceAtFullRequirements } from "./full-requirements.ts";

/** Refuses (422, each unmet requirement named) a version whose reference fails its requirements. */
export async function assertReferenceMeetsRequirements(document: PromptDocument, version: number): Promise<void> {
  const report = await runSimulation(referenceAtFullRequirements(document.facts, document.referenceDesign), { rubric: document.rubric });
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
