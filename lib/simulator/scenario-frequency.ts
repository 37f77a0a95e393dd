/**
 * How often a failure scenario happens a year and how long one event lasts (catalog.ts,
 * SCENARIO_FREQUENCY): the weights of the yearly error budget (verdict rule 7).
 */
import { nodeAvailability } from "./availability-graph.ts";
import { MODEL_CONSTANTS, SCENARIO_FREQUENCY } from "./catalog.ts";
import type { ModelSetup } from "./model.ts";
import type { Scenario } from "./schema.ts";
import { count } from "./words.ts";

export type Frequency = { perYear: number; eventMinutes: number; basis: string };

const HOURS_PER_YEAR = 8760;
const repairMinutes = MODEL_CONSTANTS.mttrHours * 60;

/** Failures a year of something available a fraction `a` of the time and repaired in MTTR. */
function failuresPerYear(a: number): number {
  return ((1 - a) * HOURS_PER_YEAR) / MODEL_CONSTANTS.mttrHours;
}

export function scenarioFrequency(setup: ModelSetup, scenario: Scenario): Frequency {
  const f = SCENARIO_FREQUENCY;
  switch (scenario.kind) {
    case "baseline":
      return { perYear: 1, eventMinutes: 525600, basis: "the healthy design, all year" };
    case "instance_failure": {
      const n = setup.graph.byId.get(scenario.node);
      if (!n) return { perYear: 0, eventMinutes: 0, basis: "no such node" };
      const one = failuresPerYear(n.availabilityPerInstance);
      const k = Math.min(scenario.instances, n.instances);
      // A sharded primary's instances are copies of each shard: every shard's copies can fail.
      const shards = n.isPrimary ? (n.node.shards ?? 1) : 1;
      // k instances down together: one fails, and k − 1 others are already down.
      const perYear = shards * n.instances * one * Math.pow(1 - n.availabilityPerInstance, k - 1);
      const what = shards > 1 ? `${count(shards, "shard")} × ${count(n.instances, "copy", "copies")}` : count(n.instances, "instance");
      return { perYear, eventMinutes: repairMinutes, basis: `${what} × ${one.toFixed(1)} failures a year each (availability ${n.availabilityPerInstance}, ${MODEL_CONSTANTS.mttrHours} h to replace)` };
    }
    case "node_down": {
      const n = setup.graph.byId.get(scenario.node);
      if (!n) return { perYear: 0, eventMinutes: 0, basis: "no such node" };
      const a = n.instances > 1 ? nodeAvailability(n, undefined).a : n.availabilityPerInstance;
      return { perYear: failuresPerYear(a), eventMinutes: repairMinutes, basis: `all of ${n.id} down: ${failuresPerYear(a).toPrecision(2)} times a year (availability ${a.toPrecision(6)}, ${MODEL_CONSTANTS.mttrHours} h to repair)` };
    }
    case "region_outage":
      return { perYear: f.regionOutagesPerYear, eventMinutes: f.eventMinutes, basis: `about ${f.regionOutagesPerYear} regional outage a year, ${f.eventMinutes} min each` };
    case "cdn_outage":
      return { perYear: f.cdnOutagesPerYear, eventMinutes: f.eventMinutes, basis: `about ${f.cdnOutagesPerYear} CDN outages a year, ${f.eventMinutes} min each` };
    case "cache_cold": {
      const caches = setup.graph.nodes.filter((n) => n.kind === "cache");
      const perYear = caches.reduce((s, c) => s + c.instances * failuresPerYear(c.availabilityPerInstance), 0);
      return { perYear, eventMinutes: 0, basis: `a flush whenever a cache instance fails or restarts: ${perYear.toFixed(1)} a year` };
    }
    case "traffic_spike": {
      const perYear = scenario.factor <= 1 ? 0 : f.spikesPerYearAt2x * Math.min(1, 4 / (scenario.factor * scenario.factor));
      return { perYear, eventMinutes: f.eventMinutes, basis: `${perYear.toPrecision(2)} spikes of ${scenario.factor}× a year (${f.spikesPerYearAt2x} at 2×, fewer as they grow), ${f.eventMinutes} min each` };
    }
    case "hot_key":
      return { perYear: f.hotKeyEventsPerYear, eventMinutes: f.eventMinutes, basis: `a viral key about ${f.hotKeyEventsPerYear} times a year, ${f.eventMinutes} min each` };
  }
}
