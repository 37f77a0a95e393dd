import type { Scenario } from "@/lib/simulator/schema";

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
    // Counts people type (10,000,000 users) read better in full than in exponent form.
    if (Number.isSafeInteger(v)) return v.toLocaleString("en-US");
  }
  return formatValue(v);
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
