import type { SessionState } from "@/lib/interview/fold";
import { RequirementsSchema, type Requirements } from "@/lib/simulator/schema";

/**
 * The requirements on the candidate's sheet (facts the interviewer gave and their own
 * assumptions) as the simulator reads them; half-typed or out-of-range values are left out.
 */
export function sheetRequirements(state: Pick<SessionState, "requirements">): Requirements {
  const out: Record<string, unknown> = {};
  for (const [field, entry] of Object.entries(state.requirements)) {
    if (!entry || entry.value === null) continue;
    const shape = RequirementsSchema.shape[field as keyof Requirements];
    if (shape?.safeParse(entry.value).success) out[field] = entry.value;
  }
  return out as Requirements;
}
