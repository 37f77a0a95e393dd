import { createTranslator } from "next-intl";
import type { Scenario } from "@/lib/simulator/schema";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// Numbers as the report prints them: short, with their units. Every function takes the reader's
// locale (English by default, so callers without one — the Markdown export — read as before):
// digits are grouped by Intl for that locale, and words come from the `report.format` messages.

type Words = ReturnType<typeof createTranslator<typeof catalogues.en, "report.format">>;
const translators = new Map<Locale, Words>();
function words(locale: Locale): Words {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: catalogues[locale], namespace: "report.format" });
    translators.set(locale, t);
  }
  return t;
}

// "en" groups as en-US did before locales existed; other locales by their own rules. One
// formatter per locale: building an Intl.NumberFormat costs far more than using one.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function grouped(v: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === "en" ? "en-US" : locale);
    numberFormats.set(locale, f);
  }
  return f.format(v);
}

/** A percentage already scaled to 0–100, written the locale's way ("12.5 %", "12.5%"). */
const percent = (digits: string, locale: Locale) => words(locale)("percent", { value: digits });

export function formatPercent(share: number, digits = 1, locale: Locale = "en"): string {
  return percent((share * 100).toFixed(digits), locale);
}

/** Availability with enough nines to tell 99.9 % from 99.99 %. */
export function formatAvailability(a: number, locale: Locale = "en"): string {
  return percent((a * 100).toFixed(a >= 0.999 ? 3 : 2), locale);
}

/** A latency in ms for the report; null is a percentile among requests that never complete. */
export function formatLatency(v: number | null, locale: Locale = "en"): string {
  return v === null ? words(locale)("saturated") : `${formatNumber(v, locale)} ms`;
}

export function formatNumber(v: number, locale: Locale = "en"): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e6) return v.toExponential(2);
  if (Number.isInteger(v)) return grouped(v, locale);
  // Shares and targets below 1 carry their meaning in the last digits (0.9999 is not 1).
  if (Math.abs(v) < 1) return String(Number(v.toPrecision(6)));
  return grouped(Math.round(v * 100) / 100, locale);
}

export function formatValue(v: number | string | readonly string[] | undefined | null, locale: Locale = "en"): string {
  if (v === undefined || v === null) return words(locale)("notSet");
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number") return formatNumber(v, locale);
  return String(v);
}

/**
 * A requirement's value as people read it: the availability target as a percentage with every
 * nine it has (0.9999 is "99.99 %", never "1"), shares as percentages, the rest as numbers.
 */
export function formatRequirement(field: string, v: number | string | readonly string[] | undefined | null, locale: Locale = "en"): string {
  if (typeof v === "number" && Number.isFinite(v)) {
    if (field === "availabilityTarget") return percent(String(Number((v * 100).toPrecision(12))), locale);
    if (/Share/.test(field)) return percent(String(Number((v * 100).toPrecision(6))), locale);
    if (field === "peakToAverageRatio") return `${formatNumber(v, locale)}×`;
    if (field === "latencyP99Ms" || field === "slowWorkMsPerWrite") return `${formatNumber(v, locale)} ms`;
    if (field === "retentionYears") return words(locale)("years", { count: v, value: formatNumber(v, locale) });
    if (field.startsWith("bytesPer")) return formatBytes(v, locale);
    // Counts people type (10,000,000 users) read better in full than in exponent form.
    if (Number.isSafeInteger(v)) return grouped(v, locale);
  }
  // The consistency model is a word ("eventual"): English prints it as is, other languages name it.
  if (field === "consistency" && typeof v === "string") return words(locale)("consistency", { value: v });
  return formatValue(v, locale);
}

/** Sizes in decimal units, as the estimates are made: 500 B, 10 KB, 1.5 MB. */
export function formatBytes(v: number, locale: Locale = "en"): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let value = v;
  let unit = 0;
  // Rounded first, so 999,999 B reads "1 MB", not "1,000 KB".
  while (Math.abs(Number(value.toPrecision(3))) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${grouped(Number(value.toPrecision(3)), locale)} ${units[unit]}`;
}

/**
 * What the simulator used for a requirement nobody clarified, said as such: "not asked:
 * assumed 2×" (the documented defaults of lib/simulator/requirements.ts).
 */
export function formatAssumed(field: string, locale: Locale = "en"): string {
  const assumed = (REQUIREMENT_DEFAULTS as Record<string, number | string | readonly string[]>)[field];
  return assumed === undefined ? words(locale)("notAsked") : words(locale)("assumed", { value: formatRequirement(field, assumed, locale) });
}

export function formatUsd(v: number, locale: Locale = "en"): string {
  return `$${grouped(Math.round(v), locale)}`;
}

export function scenarioTitle(s: Scenario, locale: Locale = "en"): string {
  const t = words(locale);
  switch (s.kind) {
    case "baseline":
      return t("scenario.baseline");
    case "instance_failure":
      return t("scenario.instanceFailure", { count: s.instances, n: String(s.instances), node: s.node });
    case "node_down":
      return t("scenario.nodeDown", { node: s.node });
    case "region_outage":
      return t("scenario.regionOutage", { region: s.region });
    case "cdn_outage":
      return t("scenario.cdnOutage");
    case "cache_cold":
      return t("scenario.cacheCold");
    case "traffic_spike":
      return t("scenario.trafficSpike", { factor: String(s.factor) });
    case "hot_key":
      return t("scenario.hotKey", { share: formatPercent(s.shareOfReads, 0, locale) });
  }
}
