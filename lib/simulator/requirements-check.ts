import type { AvailabilityResult } from "./availability-graph.ts";
import { dataFit } from "./data-fit.ts";
import type { Percentiles } from "./latency.ts";
import { liveRegions } from "./live.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import type { Report } from "./schema.ts";
import { judgedP99 } from "./score-design.ts";
import { fixed, formatText, text, type Text } from "./text.ts";

type Unmet = Report["unmetRequirements"][number];
/** An `actual` that is words, not a figure: English in `actual`, language-neutral in `actualText`. */
const withText = (u: Omit<Unmet, "actual" | "actualText">, t: Text): Unmet => ({ ...u, actual: formatText(t), actualText: t });

/**
 * Requirements the design misses at peak: latency SLO (dynamic reads and writes; "saturated"
 * when there is no finite p99), availability target, users served (capacity), regions covered
 * by nodes that carry traffic, and the data kept over the retention period.
 */
export function unmetRequirements(
  setup: ModelSetup,
  baseline: Evaluation,
  latency: Record<"dynamicRead" | "write" | "staticRead", Percentiles>,
  availability: AvailabilityResult,
  live: ReadonlySet<string>,
): Report["unmetRequirements"] {
  const { req } = setup;
  const unmet: Report["unmetRequirements"] = [];
  const anyServed = baseline.served.dynamicRead > 0 || baseline.served.write > 0;
  const { p99 } = judgedP99(setup, latency);
  if (!anyServed || p99 === null || p99 > req.latencyP99Ms) {
    if (!anyServed) unmet.push(withText({ requirement: "latencyP99Ms", target: req.latencyP99Ms }, text("simulator.unmet.notServed")));
    else if (p99 === null) unmet.push(withText({ requirement: "latencyP99Ms", target: req.latencyP99Ms }, text("simulator.unmet.saturated")));
    else unmet.push({ requirement: "latencyP99Ms", target: req.latencyP99Ms, actual: p99 });
  }
  if (availability.estimate < req.availabilityTarget) {
    unmet.push({ requirement: "availabilityTarget", target: req.availabilityTarget, actual: Math.round(availability.estimate * 1e6) / 1e6 });
  }
  if (baseline.servedAll < 0.999) {
    unmet.push({ requirement: "dailyActiveUsers", target: req.dailyActiveUsers, actual: Math.floor(req.dailyActiveUsers * baseline.servedAll) });
  }
  const regions = liveRegions(setup, live);
  if (req.userRegions.length > 1 && req.userRegions.some((r) => !regions.includes(r))) {
    unmet.push({ requirement: "userRegions", target: [...req.userRegions], actual: regions });
  }
  const fit = dataFit(setup, live);
  if (!fit.fits) unmet.push(withText({ requirement: "retentionYears", target: req.retentionYears }, text("simulator.unmet.dataDoesNotFit", { data: fixed(fit.bytes / 1e12, 0), capacity: fixed(fit.capacityBytes / 1e12, 0) })));
  return unmet;
}
