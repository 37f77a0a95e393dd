import type { Words } from "./words";

export type UtilisationTone = "ok" | "busy" | "over";

/** Below 70 % a station has headroom; from 100 % its queue grows without bound. */
export function utilisationTone(utilization: number): UtilisationTone {
  if (utilization < 0.7) return "ok";
  if (utilization < 1) return "busy";
  return "over";
}

/** "71 %" in English, "71%" in Korean: the number in the locale's digits, the sign as the language writes it. */
export function formatUtilisation(utilization: number, { t, locale }: Words): string {
  return t("utilisation", { value: new Intl.NumberFormat(locale).format(Math.round(utilization * 100)) });
}
