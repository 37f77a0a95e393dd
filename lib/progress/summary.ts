import { z } from "zod";
import type { SessionReport } from "@/lib/report/session-report";
import { TextSchema } from "@/lib/simulator/schema";

// The slice of a stored report that Progress and the cohort view aggregate, kept beside the
// report at submission so reading hundreds of attempts never parses whole reports.

export const AttemptSummarySchema = z.object({
  criteria: z.array(z.object({ group: z.enum(["problemNavigation", "solutionDesign", "technicalExcellence", "communication"]), points: z.number(), max: z.number(), concept: z.string() })),
  // `text`: the finding's words language-neutral (absent from summaries stored before texts existed).
  findings: z.array(z.object({ id: z.string(), severity: z.enum(["critical", "warning", "info"]), concept: z.string(), message: z.string(), text: TextSchema.optional() })),
  unmet: z.array(z.object({ requirement: z.string() })),
  phaseSeconds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  bands: z.array(z.tuple([z.number(), z.number()])).length(4),
});
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;

export function attemptSummary(report: SessionReport): AttemptSummary {
  return {
    criteria: report.clarified.score.criteria.map((c) => ({ group: c.group, points: c.points, max: c.max, concept: c.concept })),
    findings: report.clarified.findings.map((f) => ({ id: f.id, severity: f.severity, concept: f.concept, message: f.message, ...(f.text ? { text: f.text } : {}) })),
    unmet: report.clarified.unmetRequirements.map((u) => ({ requirement: u.requirement })),
    phaseSeconds: [...report.phaseSeconds],
    bands: report.bands.map(([lo, hi]) => [lo, hi] as [number, number]),
  };
}
