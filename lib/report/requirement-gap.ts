import { REQUIREMENT_FIELDS, type Requirements, type RequirementField } from "@/lib/simulator/schema";

// The cost of not asking: which of the prompt's requirements the candidate never pinned down
// (or pinned to another value), and what that did to the score.

export const REQUIREMENT_LABELS: Record<RequirementField, string> = {
  dailyActiveUsers: "daily active users",
  readsPerUserPerDay: "reads per user per day",
  writesPerUserPerDay: "writes per user per day",
  peakToAverageRatio: "peak-to-average ratio",
  bytesPerRead: "bytes per read",
  bytesPerWrite: "bytes per write",
  mediaShareOfWrites: "share of writes with media",
  bytesPerMedia: "bytes per media item",
  slowWorkMsPerWrite: "slow work per write (ms)",
  retentionYears: "retention (years)",
  staticShareOfReads: "share of static reads",
  latencyP99Ms: "p99 latency SLO (ms)",
  availabilityTarget: "availability target",
  userRegions: "user regions",
  consistency: "consistency",
  hotKeyShareOfReads: "hot-key share of reads",
};

export function requirementLabel(field: string): string {
  return (REQUIREMENT_LABELS as Record<string, string>)[field] ?? field;
}

type Value = Requirements[RequirementField];

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export type RequirementGap = { field: RequirementField; label: string; clarified: Value; full: Value };

/** Fields set in the full requirements that the clarified ones miss or hold at another value, in field order. */
export function requirementGaps(clarified: Requirements, full: Requirements): RequirementGap[] {
  return REQUIREMENT_FIELDS.filter((f) => full[f] !== undefined && !same(clarified[f], full[f])).map((field) => ({
    field,
    label: REQUIREMENT_LABELS[field],
    clarified: clarified[field],
    full: full[field],
  }));
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

/** One sentence on the difference between the clarified and the full score. */
export function gapSentence(gaps: readonly RequirementGap[], clarifiedTotal: number, fullTotal: number): string {
  const lost = Math.round((clarifiedTotal - fullTotal) * 10) / 10;
  if (gaps.length === 0) {
    return lost === 0
      ? "You clarified every requirement the prompt holds, so both scores use the same numbers."
      : `Your requirements match the prompt's, yet the scores differ by ${plural(Math.abs(lost), "point")}.`;
  }
  const what = joinWords(gaps.map((g) => g.label));
  if (lost > 0) return `Not asking about ${what} cost you ${plural(lost, "point")}.`;
  if (lost === 0) return `You did not pin down ${what}, but the design scores the same against the full requirements.`;
  return `You did not pin down ${what}; against the full requirements the design scores ${plural(-lost, "point")} more.`;
}
