import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translators";
import { REQUIREMENT_FIELDS, type Requirements, type RequirementField } from "@/lib/simulator/schema";

// The cost of not asking: which of the prompt's requirements the candidate never pinned down
// (or pinned to another value), and what that did to the score.

/** The English names of the requirements (the `report.requirements` messages, one source of words). */
export const REQUIREMENT_LABELS = catalogues.en.report.requirements satisfies Record<RequirementField, string>;

/** A requirement's name in a language; an unknown field (a newer report) is its own name. */
export function requirementLabel(field: string, locale: Locale = "en"): string {
  const t = translatorFor(locale, "report.requirements");
  return field in REQUIREMENT_LABELS ? t(field) : field;
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

/** "a, b and c" as the English report always wrote it; other languages by Intl's list rules. */
export function joinList(words: readonly string[], locale: Locale = "en"): string {
  return locale === "en" ? joinWords(words) : new Intl.ListFormat(locale, { type: "conjunction" }).format(words);
}

/** One sentence on the difference between the clarified and the full score, from `report.score.gap`. */
export function gapSentence(gaps: readonly RequirementGap[], clarifiedTotal: number, fullTotal: number, locale: Locale = "en"): string {
  const t = translatorFor(locale, "report.score.gap");
  const lost = Math.round((clarifiedTotal - fullTotal) * 10) / 10;
  if (gaps.length === 0) return lost === 0 ? t("allClarified") : t("differ", { points: Math.abs(lost) });
  const what = joinList(gaps.map((g) => requirementLabel(g.field, locale)), locale);
  if (lost > 0) return t("cost", { what, points: lost });
  if (lost === 0) return t("same", { what });
  return t("more", { what, points: -lost });
}
