import type { AvailabilityResult } from "./availability-graph.ts";
import { SIDE_KINDS } from "./graph.ts";
import type { Percentiles } from "./latency.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import type { Report } from "./schema.ts";

/**
 * Requirements the design misses at peak: latency SLO (dynamic reads and writes), availability
 * target, users served (capacity) and regions covered.
 */
export function unmetRequirements(
  setup: ModelSetup,
  baseline: Evaluation,
  latency: Record<"dynamicRead" | "write" | "staticRead", Percentiles>,
  availability: AvailabilityResult,
): Report["unmetRequirements"] {
  const { req, graph } = setup;
  const unmet: Report["unmetRequirements"] = [];
  const p99 = Math.max(latency.dynamicRead.p99Ms, latency.write.p99Ms);
  const anyServed = baseline.served.dynamicRead > 0 || baseline.served.write > 0;
  if (!anyServed || p99 > req.latencyP99Ms) unmet.push({ requirement: "latencyP99Ms", target: req.latencyP99Ms, actual: anyServed ? p99 : "not served" });
  if (availability.estimate < req.availabilityTarget) {
    unmet.push({ requirement: "availabilityTarget", target: req.availabilityTarget, actual: Math.round(availability.estimate * 1e6) / 1e6 });
  }
  if (baseline.servedAll < 0.999) {
    unmet.push({ requirement: "dailyActiveUsers", target: req.dailyActiveUsers, actual: Math.floor(req.dailyActiveUsers * baseline.servedAll) });
  }
  const regions = [...new Set(graph.nodes.filter((n) => !SIDE_KINDS.includes(n.kind) && n.region !== null).map((n) => n.region as string))].sort();
  if (req.userRegions.length > 1 && req.userRegions.some((r) => !regions.includes(r))) {
    unmet.push({ requirement: "userRegions", target: [...req.userRegions], actual: regions });
  }
  return unmet;
}
