import type { SessionState } from "@/lib/interview/fold";
import { validRequirementValues } from "@/lib/simulator/requirements";
import type { Requirements } from "@/lib/simulator/schema";

/**
 * The requirements on the candidate's sheet (facts the interviewer gave and their own
 * assumptions) as the simulator reads them.
 */
export function sheetRequirements(state: Pick<SessionState, "requirements">): Requirements {
  return validRequirementValues(Object.fromEntries(Object.entries(state.requirements).map(([field, entry]) => [field, entry?.value])));
}
