import { KIND_CATALOG, MODEL_CONSTANTS } from "./catalog.ts";
import { isDatabase } from "./graph.ts";
import type { ScenarioFacts } from "./scenarios.ts";

const pct = (x: number) => `${(x * 100).toFixed(x >= 0.9995 || x <= 0.0005 ? 0 : 1)} %`;
const times = (x: number) => `${x.toFixed(1)}×`;

/**
 * The most loaded node of the worst moment, as "X saturates at 2.1× its capacity"; `cls` narrows
 * it to the nodes carrying that class (the origin for static reads, the database for reads).
 */
function pressure(f: ScenarioFacts, cls?: "staticRead" | "dynamicRead"): string {
  let b = f.bottleneck;
  if (cls) {
    const st = [...f.worst.stations.values()]
      .filter((x) => (f.worst.loads.get(x.node.id)?.byClass[cls] ?? 0) > 0 && Number.isFinite(x.utilization) && x.node.kind !== "load_balancer" && x.node.kind !== "cdn" && (cls === "staticRead" || isDatabase(x.node)))
      .sort((a, c) => c.utilization - a.utilization || a.node.id.localeCompare(c.node.id))[0];
    b = st ? { id: st.node.id, utilization: st.utilization } : null;
  }
  if (!b) return "";
  if (b.utilization >= 1) return `${b.id} saturates at ${times(b.utilization)} its capacity`;
  return `${b.id} peaks at ${pct(b.utilization)} utilisation`;
}

/** One sentence per scenario, with the numbers the timeline shows. */
export function describeScenario(f: ScenarioFacts): string {
  const s = f.scenario;
  const served = `${pct(f.servedShare)} of requests served, p99 ${f.p99Ms.toFixed(0)} ms`;
  const load = pressure(f);
  const detect = MODEL_CONSTANTS.detectionSeconds;
  switch (s.kind) {
    case "baseline":
      return `At peak (${Math.round(f.setup.peakRates.dynamicRead + f.setup.peakRates.write + f.setup.peakRates.staticRead)} rps) ${load || "no node is loaded"}; ${served}.`;
    case "traffic_spike":
      return `Traffic jumps to ${s.factor}× peak; ${load || "nothing saturates"}, and ${served}.`;
    case "hot_key": {
      const hot = f.hotUnit;
      const where = !hot ? "no cache or database holds it" : hot.utilization >= 1 ? `${hot.id}'s unit holding it saturates at ${times(hot.utilization)} its capacity` : `${hot.id}'s unit holding it runs at ${pct(hot.utilization)} of its capacity`;
      return `One key draws ${pct(s.shareOfReads)} of dynamic reads and lands on a single unit; ${where}; ${served}.`;
    }
    case "cache_cold":
      if (f.affected.length === 0) return "There is no cache to flush: nothing changes.";
      return `The caches (${f.affected.join(", ")}) are flushed; for ${f.stageSeconds.warmup} s of warm-up the misses go to the database: ${pressure(f, "dynamicRead") || "there is none"}; ${served}.`;
    case "instance_failure":
      return `${s.instances} instance(s) of ${s.node} fail; for ${detect} s until health checks notice, their share of requests fails, then the rest carry the load: ${load || "no node saturates"}; ${served}.`;
    case "cdn_outage":
      if (f.affected.length === 0) return "There is no CDN: static reads already go to the origin, nothing changes.";
      return `The CDN fails; static reads fall back to the origin: ${pressure(f, "staticRead") || "none is left"} for the whole outage; ${served}.`;
    case "node_down":
    case "region_outage": {
      const kind = s.kind === "node_down" ? f.setup.graph.byId.get(s.node)?.kind : undefined;
      const what = s.kind === "node_down" ? `${kind ? KIND_CATALOG[kind].label : "Node"} ${s.node} fails` : `Region ${s.region} goes down (${f.affected.length} nodes)`;
      if (f.affected.length === 0) return `Nothing runs in region ${s.kind === "region_outage" ? s.region : ""}: nothing changes.`;
      const promo =
        f.promoted.length > 0
          ? `; ${f.promoted.join(", ")} is promoted after ${detect + MODEL_CONSTANTS.dbFailoverSeconds} s${f.dataAtRiskWrites > 0 ? `, losing about ${f.dataAtRiskWrites} writes (${MODEL_CONSTANTS.asyncLagSeconds} s async lag × write QPS)` : ""}`
          : "";
      const outcome = f.servedShare < 0.001 ? "; nothing can serve its traffic for the rest of the outage" : "";
      return `${what}${promo}${outcome}${load ? `; ${load}` : ""}; ${served}.`;
    }
  }
}
