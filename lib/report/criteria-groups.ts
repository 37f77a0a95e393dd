import type { Criterion } from "@/lib/simulator/schema";

// The four things interviewers grade, in the order the report shows them.
export const CRITERION_GROUPS = [
  { id: "problemNavigation", title: "Problem navigation" },
  { id: "solutionDesign", title: "Solution design" },
  { id: "technicalExcellence", title: "Technical excellence" },
  { id: "communication", title: "Communication" },
] as const satisfies readonly { id: Criterion["group"]; title: string }[];

export type CriterionGroup = { id: Criterion["group"]; title: string; points: number; max: number; criteria: Criterion[] };

/** Criteria by group with each group's points; the zero-weight "scaling" note stays out of the sums. */
export function groupCriteria(criteria: readonly Criterion[]): CriterionGroup[] {
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return CRITERION_GROUPS.map((g) => {
    const members = criteria.filter((c) => c.group === g.id);
    return {
      id: g.id,
      title: g.title,
      points: round1(members.reduce((s, c) => s + c.points, 0)),
      max: round1(members.reduce((s, c) => s + c.max, 0)),
      criteria: members,
    };
  }).filter((g) => g.criteria.length > 0);
}
