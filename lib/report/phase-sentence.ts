import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translators";
import type { PhaseTime } from "./phase-time";

/** "Phase 1, Understand the problem: 4.5 min, within the 3–10 min band.", from `report.phases`. */
export function phaseSentence(p: PhaseTime, locale: Locale = "en"): string {
  const t = translatorFor(locale, "report.phases");
  return t("sentence", {
    phase: p.phase,
    name: translatorFor(locale, "interview.phases")(`${p.phase}.short`),
    verdict: p.verdict === "not reached" ? "notReached" : p.verdict,
    // One decimal, as the chart writes its minutes.
    minutes: Math.round(p.minutes * 10) / 10,
    lo: p.band[0],
    hi: p.band[1],
  });
}
