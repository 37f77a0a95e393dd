import { AppError } from "@/lib/errors";
import type { PromptDocument } from "@/lib/prompts/schema";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { referenceAtFullRequirements } from "./full-requirements.ts";
import { list, text } from "@/lib/simulator/text-tree";

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
    text("problems.detail.referenceNotMet", { version, fields: list(problems.map((p) => p.path.split(".").pop() ?? p.path)) }),
    { problems },
  );
}
