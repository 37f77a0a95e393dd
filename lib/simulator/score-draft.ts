import type { Criterion } from "./schema.ts";

/** A criterion before the group weights scale it: credit in [0, 1], or null when not assessed. */
export type Draft = Omit<Criterion, "points" | "max" | "result"> & { weight: number; credit: number | null };

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
