import type { Criterion } from "./schema.ts";
import type { Text } from "./text.ts";

/**
 * A criterion before the group weights scale it: credit in [0, 1], or null when not assessed;
 * label and evidence as language-neutral text (score.ts renders the English).
 */
export type Draft = Omit<Criterion, "points" | "max" | "result" | "label" | "evidence" | "labelText" | "evidenceText"> & { label: Text; evidence: Text; weight: number; credit: number | null };

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
