import type { Estimates } from "@/lib/simulator/estimate";
import type { CandidateEstimateField } from "@/lib/interview/events";
import type { Translate } from "@/lib/i18n/translate";

// Human units for the interview panels, and the reverse: reading what a candidate types
// ("3.5k", "2TB", "2e12") back into a number. Decimal (SI) prefixes throughout, as
// back-of-the-envelope estimates use them (1 TB = 10^12 bytes).

const COUNT_PREFIXES = ["", "k", "M", "G", "T", "P", "E"] as const;
const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB"] as const;

/** Two or three significant figures: "3.2", "46.3" → "46", "463". */
function shortNumber(x: number): string {
  if (x === 0) return "0";
  if (x < 10) return x.toFixed(1);
  return x.toFixed(0);
}

/** Scales `value` by 1000s and returns the mantissa and the prefix index. */
function scale(value: number, steps: number): { mantissa: number; index: number } {
  let mantissa = Math.abs(value);
  let index = 0;
  // Round first, so 999.96 shows as "1.0 k" rather than "1000".
  while (index < steps - 1 && Number(shortNumber(mantissa)) >= 1000) {
    mantissa /= 1000;
    index += 1;
  }
  return { mantissa: value < 0 ? -mantissa : mantissa, index };
}

function finiteOrDash(value: number, format: (v: number) => string): string {
  return Number.isFinite(value) ? format(value) : "—";
}

/** A count with an SI prefix: 3240.7 → "3.2 k", 2.02e7 → "20 M", 12 → "12". */
export function formatCount(value: number): string {
  return finiteOrDash(value, (v) => {
    const { mantissa, index } = scale(v, COUNT_PREFIXES.length);
    const prefix = COUNT_PREFIXES[index];
    return prefix ? `${shortNumber(mantissa)} ${prefix}` : shortNumber(mantissa);
  });
}

/** A rate per second: 3240.7 → "3.2 k/s", 231.5 → "232 /s". */
export function formatRate(perSecond: number): string {
  const count = formatCount(perSecond);
  return count.includes(" ") ? `${count}/s` : `${count} /s`;
}

/** A byte size with a decimal unit: 2.02e12 → "2.0 TB", 3.6865e15 → "3.7 PB". */
export function formatBytes(bytes: number): string {
  return finiteOrDash(bytes, (v) => {
    const { mantissa, index } = scale(v, BYTE_UNITS.length);
    return `${shortNumber(mantissa)} ${BYTE_UNITS[index]}`;
  });
}

export function formatBytesPerDay(bytes: number, t: Translate): string {
  return t("units.perDay", { value: formatBytes(bytes) });
}

export function formatBytesPerSecond(bytes: number): string {
  return `${formatBytes(bytes)}/s`;
}

/** Milliseconds: 48.04 → "48 ms", 3.25 → "3.3 ms", 2500 → "2.5 s"; null (no finite percentile) → "saturated". */
export function formatMs(ms: number | null, t: Translate): string {
  if (ms === null) return t("units.saturated");
  return finiteOrDash(ms, (v) => (v >= 1000 ? `${shortNumber(v / 1000)} s` : `${shortNumber(v)} ms`));
}

/** A share 0..1 as a percentage: 0.71 → "71 %", 0.99948 → "99.948 %" (up to `digits` decimals). */
export function formatPercent(share: number, digits = 1): string {
  return finiteOrDash(share, (v) => `${Number((v * 100).toFixed(digits))} %`);
}

/** Minutes of downtime: 273.3 → "4.6 h", 52.6 → "53 min", 0.5 → "30 s". */
export function formatDowntime(minutes: number, t: Translate): string {
  return finiteOrDash(minutes, (v) => {
    if (v >= 60 * 24) return t("units.days", { value: shortNumber(v / 60 / 24) });
    if (v >= 60) return `${shortNumber(v / 60)} h`;
    if (v >= 1) return `${shortNumber(v)} min`;
    return `${shortNumber(v * 60)} s`;
  });
}

export function formatUsd(usd: number): string {
  return finiteOrDash(usd, (v) => `$${Math.round(v).toLocaleString("en-US")}`);
}

/** mm:ss of whole seconds, rounding down (a countdown never shows time that is gone). */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

// ---- parsing ---------------------------------------------------------------------------------

const SUFFIX_MULTIPLIERS: Record<string, number> = {
  "": 1,
  k: 1e3,
  m: 1e6,
  g: 1e9,
  bn: 1e9,
  t: 1e12,
  p: 1e15,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  eb: 1e18,
};

export type ParsedQuantity = { ok: true; value: number | null } | { ok: false; message: string };

// number (with optional exponent), then an optional prefix or byte unit, then an optional rate
// ("/s", "/day" is not accepted: the fields are per second or per day by their labels).
const QUANTITY = /^(-?[0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*([a-z]{0,2})(?:\s*(?:\/s|\/sec|qps|rps))?$/i;

/**
 * Reads "2e12", "3.5k", "20M", "2TB", "1,000", "4.6 MB" or "3.2 k/s". "B" alone is bytes, so
 * "2B" is 2 bytes; write "2bn" or "2G" for two billion. Empty text is no value (null). A sign is
 * read, not judged: each field says itself whether a negative number is allowed.
 */
export function parseQuantity(text: string, t: Translate): ParsedQuantity {
  const trimmed = text.trim().replace(/[,_\s](?=\d{3}\b)/g, "");
  if (trimmed === "") return { ok: true, value: null };
  const match = QUANTITY.exec(trimmed);
  if (!match) return { ok: false, message: t("quantity.invalid") };
  const multiplier = SUFFIX_MULTIPLIERS[match[2].toLowerCase()];
  if (multiplier === undefined) {
    return { ok: false, message: t("quantity.unknownUnit", { unit: match[2] }) };
  }
  const value = Number(match[1]) * multiplier;
  if (!Number.isFinite(value)) return { ok: false, message: t("quantity.tooLarge") };
  return { ok: true, value };
}

// ---- comparing the candidate's estimates with the simulator's -------------------------------

/**
 * The simulator's figure for each candidate estimate, as the score compares them: read QPS is
 * all reads (dynamic and static), peak QPS is every request class at its peak.
 */
export function simulatorFigure(field: CandidateEstimateField, e: Estimates): number {
  switch (field) {
    case "readQps":
      return e.readQps.average + e.staticQps.average;
    case "writeQps":
      return e.writeQps.average;
    case "peakQps":
      return e.readQps.peak + e.staticQps.peak + e.writeQps.peak;
    case "storageBytesPerDay":
      return e.storageBytesPerDay;
    case "storageBytesOverRetention":
      return e.storageBytesOverRetention;
    case "egressBytesPerSecond":
      return e.egressBytesPerSecond;
  }
}

export type EstimateComparison = { within2x: boolean; ratio: number | null };

/** Within 2× means candidate ÷ simulator in [0.5, 2]; when the simulator says 0, only 0 is. */
export function compareEstimate(candidate: number, simulator: number): EstimateComparison {
  if (!(simulator > 0)) return { within2x: candidate === 0, ratio: null };
  const ratio = candidate / simulator;
  return { within2x: ratio >= 0.5 && ratio <= 2, ratio };
}

/** "0.25×", "3.1×", "12×" */
export function formatRatio(ratio: number): string {
  if (ratio >= 10) return `${ratio.toFixed(0)}×`;
  if (ratio >= 0.1) return `${Number(ratio.toFixed(2))}×`;
  return `${Number(ratio.toPrecision(1))}×`;
}
