import type { Scenario } from "@/lib/simulator/schema";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";

// Numbers as the report prints them: short, with their units.

export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)} %`;
}

/** Availability with enough nines to tell 99.9 % from 99.99 %. */
export function formatAvailability(a: number): string {
  return `${(a * 100).toFixed(a >= 0.999 ? 3 : 2)} %`;
}

/** A latency in ms for the report; null is a percentile among requests that never complete. */
export function formatLatency(v: number | null): string {
  return v === null ? "saturated" : `${formatNumber(v)} ms`;
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e6) return v.toExponential(2);
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  // Shares and targets below 1 carry their meaning in the last digits (0.9999 is not 1).
  if (Math.abs(v) < 1) return String(Number(v.toPrecision(6)));
  return (Math.round(v * 100) / 100).toLocaleString("en-US");
}

export function formatValue(v: number | string | readonly string[] | undefined | null): string {
  if (v === undefined || v === null) return "not set";
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number") return formatNumber(v);
  return String(v);
}

/**
 * A requirement's value as people read it: the availability target as a percentage with every
 * nine it has (0.9999 is "99.99 %", never "1"), shares as percentages, the rest as numbers.
 */
export function formatRequirement(field: string, v: number | string | readonly string[] | undefined | null): string {
  if (typeof v === "number" && Number.isFinite(v)) {
    if (field === "availabilityTarget") return `${Number((v * 100).toPrecision(12))} %`;
    if (/Share/.test(field)) return `${Number((v * 100).toPrecision(6))} %`;
    if (field === "peakToAverageRatio") return `${formatNumber(v)}×`;
    if (field === "latencyP99Ms" || field === "slowWorkMsPerWrite") return `${formatNumber(v)} ms`;
    if (field === "retentionYears") return v === 1 ? "1 year" : `${formatNumber(v)} years`;
    if (field.startsWith("bytesPer")) return formatBytes(v);
    // Counts people type (10,000,000 users) read better in full than in exponent form.
    if (Number.isSafeInteger(v)) return v.toLocaleString("en-US");
  }
  return formatValue(v);
}

/** Sizes in decimal units, as the estimates are made: 500 B, 10 KB, 1.5 MB. */
export function formatBytes(v: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let value = v;
  let unit = 0;
  // Rounded first, so 999,999 B reads "1 MB", not "1,000 KB".
  while (Math.abs(Number(value.toPrecision(3))) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toPrecision(3)).toLocaleString("en-US")} ${units[unit]}`;
}

/**
 * What the simulator used for a requirement nobody clarified, said as such: "not asked:
 * assumed 2×" (the documented defaults of lib/simulator/requirements.ts).
 */
export function formatAssumed(field: string): string {
  const assumed = (REQUIREMENT_DEFAULTS as Record<string, number | string | readonly string[]>)[field];
  return assumed === undefined ? "not asked" : `not asked: assumed ${formatRequirement(field, assumed)}`;
}

export function formatUsd(v: number): string {
  return `$${Math.round(v).toLocaleString("en-US")}`;
}

export function scenarioTitle(s: Scenario): string {
  switch (s.kind) {
    case "baseline":
      return "Baseline at peak";
    case "instance_failure":
      return s.instances === 1 ? `1 instance of ${s.node} fails` : `${s.instances} instances of ${s.node} fail`;
    case "node_down":
      return `${s.node} down`;
    case "region_outage":
      return `Region ${s.region} outage`;
    case "cdn_outage":
      return "CDN outage";
    case "cache_cold":
      return "Cold cache";
    case "traffic_spike":
      return `${s.factor}× traffic spike`;
    case "hot_key":
      return `Hot key (${formatPercent(s.shareOfReads, 0)} of reads)`;
  }
}
