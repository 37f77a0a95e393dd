/**
 * How often a failure scenario happens a year and how long one event lasts (catalog.ts,
 * SCENARIO_FREQUENCY): the weights of the yearly error budget (verdict rule 7).
 */
import { nodeAvailability } from "./availability-graph.ts";
import { MODEL_CONSTANTS, SCENARIO_FREQUENCY } from "./catalog.ts";
import type { ModelSetup } from "./model.ts";
import type { Scenario } from "./schema.ts";
import { fixed, text, type Text } from "./text.ts";

/** `basis`: how the frequency was reached, as language-neutral text (simulator.frequency). */
export type Frequency = { perYear: number; eventMinutes: number; basis: Text };
const F = "simulator.frequency";

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
      return { perYear: 1, eventMinutes: 525600, basis: text(`${F}.baseline`) };
    case "instance_failure": {
      const n = setup.graph.byId.get(scenario.node);
      if (!n) return { perYear: 0, eventMinutes: 0, basis: text(`${F}.noSuchNode`) };
      const one = failuresPerYear(n.availabilityPerInstance);
      const k = Math.min(scenario.instances, n.instances);
      // A sharded primary's instances are copies of each shard: every shard's copies can fail.
      const shards = n.isPrimary ? (n.node.shards ?? 1) : 1;
      // k instances down together: one fails, and k − 1 others are already down.
      const perYear = shards * n.instances * one * Math.pow(1 - n.availabilityPerInstance, k - 1);
      const copies = { copies: n.instances, copiesText: String(n.instances) };
      const what = shards > 1 ? text(`${F}.shardCopies`, { shards, shardsText: String(shards), ...copies }) : text(`${F}.instances`, copies);
      return { perYear, eventMinutes: repairMinutes, basis: text(`${F}.instanceFailure`, { what, failures: fixed(one, 1), availability: String(n.availabilityPerInstance), hours: String(MODEL_CONSTANTS.mttrHours) }) };
    }
    case "node_down": {
      const n = setup.graph.byId.get(scenario.node);
      if (!n) return { perYear: 0, eventMinutes: 0, basis: text(`${F}.noSuchNode`) };
      const a = n.instances > 1 ? nodeAvailability(n, undefined).a : n.availabilityPerInstance;
      return { perYear: failuresPerYear(a), eventMinutes: repairMinutes, basis: text(`${F}.nodeDown`, { id: n.id, times: failuresPerYear(a).toPrecision(2), availability: a.toPrecision(6), hours: String(MODEL_CONSTANTS.mttrHours) }) };
    }
    case "region_outage":
      return { perYear: f.regionOutagesPerYear, eventMinutes: f.eventMinutes, basis: text(`${F}.regionOutage`, { perYear: String(f.regionOutagesPerYear), minutes: String(f.eventMinutes) }) };
    case "cdn_outage":
      return { perYear: f.cdnOutagesPerYear, eventMinutes: f.eventMinutes, basis: text(`${F}.cdnOutage`, { perYear: String(f.cdnOutagesPerYear), minutes: String(f.eventMinutes) }) };
    case "cache_cold": {
      const caches = setup.graph.nodes.filter((n) => n.kind === "cache");
      const perYear = caches.reduce((s, c) => s + c.instances * failuresPerYear(c.availabilityPerInstance), 0);
      return { perYear, eventMinutes: 0, basis: text(`${F}.cacheCold`, { perYear: fixed(perYear, 1) }) };
    }
    case "traffic_spike": {
      const perYear = scenario.factor <= 1 ? 0 : f.spikesPerYearAt2x * Math.min(1, 4 / (scenario.factor * scenario.factor));
      return { perYear, eventMinutes: f.eventMinutes, basis: text(`${F}.trafficSpike`, { perYear: perYear.toPrecision(2), factor: String(scenario.factor), at2x: String(f.spikesPerYearAt2x), minutes: String(f.eventMinutes) }) };
    }
    case "hot_key":
      return { perYear: f.hotKeyEventsPerYear, eventMinutes: f.eventMinutes, basis: text(`${F}.hotKey`, { perYear: String(f.hotKeyEventsPerYear), minutes: String(f.eventMinutes) }) };
  }
}
