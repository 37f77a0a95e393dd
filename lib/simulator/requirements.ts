import { REQUIREMENT_FIELDS, RequirementsSchema, type Requirements } from "./schema.ts";

export type ResolvedRequirements = Required<Requirements>;

/**
 * Defaults for requirement fields nobody clarified. They follow DESIGN.md's example and the
 * book's conventions (peak ×2, 5-year retention); the report lists every defaulted field so a
 * candidate sees which numbers were assumed for them.
 */
export const REQUIREMENT_DEFAULTS: ResolvedRequirements = {
  dailyActiveUsers: 1_000_000,
  readsPerUserPerDay: 20,
  writesPerUserPerDay: 2,
  peakToAverageRatio: 2,
  bytesPerRead: 2000,
  bytesPerWrite: 1000,
  mediaShareOfWrites: 0,
  bytesPerMedia: 1_000_000,
  slowWorkMsPerWrite: 0,
  retentionYears: 5,
  staticShareOfReads: 0.3,
  latencyP99Ms: 200,
  availabilityTarget: 0.999,
  userRegions: ["us-east"],
  consistency: "eventual",
  hotKeyShareOfReads: 0,
};

export function resolveRequirements(req: Requirements): { values: ResolvedRequirements; defaulted: string[] } {
  const values = { ...REQUIREMENT_DEFAULTS } as Record<string, unknown>;
  const defaulted: string[] = [];
  for (const field of REQUIREMENT_FIELDS) {
    const given = req[field];
    if (given === undefined) defaulted.push(field);
    else values[field] = given;
  }
  return { values: values as ResolvedRequirements, defaulted };
}

/**
 * The values the simulator's schema accepts, field by field; anything else (a half-typed number,
 * a value out of range, a cleared field) is left out, so the field falls back to its default
 * rather than failing the whole run.
 */
export function validRequirementValues(values: Record<string, unknown>): Requirements {
  const valid: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const shape = RequirementsSchema.shape[field as keyof Requirements];
    if (value !== null && value !== undefined && shape?.safeParse(value).success) valid[field] = value;
  }
  return valid as Requirements;
}
