import { KIND_CATALOG, MODEL_CONSTANTS } from "./catalog.ts";
import { isDatabase } from "./graph.ts";
import type { ScenarioFacts } from "./scenarios.ts";

const pct = (x: number) => `${(x * 100).toFixed(x >= 0.9995 || x <= 0.0005 ? 0 : 1)} %`;
const times = (x: number) => `${x.toFixed(1)}×`;
const ms = (x: number | null) => (x === null ? "p99 saturated (more than 1 % of requests never complete)" : `p99 ${x.toFixed(0)} ms`);

/**
 * The most loaded node of the worst moment, as "X saturates at 2.1× its capacity"; `cls` narrows
 * it to the nodes carrying that class (the origin for static reads, the database for reads).
 */
function pressure(f: ScenarioFacts, cls?: "staticRead" | "dynamicRead"): string {
  let b = f.bottleneck;
  if (cls) {
    const st = [...f.worst.stations.values()]
      .filter((x) => (f.worst.loads.get(x.node.id)?.byClass[cls] ?? 0) > 0 && Number.isFinite(x.utilization) && x.node.kind !== "load_balancer" && x.node.kind !== "cdn" && x.node.kind !== "dns" && (cls === "staticRead" || isDatabase(x.node)))
      .sort((a, c) => c.utilization - a.utilization || a.node.id.localeCompare(c.node.id))[0];
    b = st ? { id: st.node.id, utilization: st.utilization } : null;
  }
  if (!b) return "";
  if (b.utilization >= 1) return `${b.id} saturates at ${times(b.utilization)} its capacity`;
  return `${b.id} peaks at ${pct(b.utilization)} utilisation`;
}

/** The worst stretch of the timeline in words: "while db fails over". */
function stageWords(f: ScenarioFacts): string {
  const s = f.scenario;
  switch (f.worstStage.stage) {
    case "detection":
      return "until health checks notice";
    case "failover":
      if (s.kind === "cdn_outage") return "while the CDN is down";
      if (s.kind === "region_outage") return "while DNS fails over to another region";
      if (f.promoted.length > 0 || s.kind === "instance_failure") return `while ${s.kind === "instance_failure" ? s.node : f.affected.join(", ")} fails over`;
      return "while it is down";
    case "warmup":
      return "while the cache warms up";
    case "recovered":
      return f.servedShare < 0.999 ? "for the rest of the outage" : "after recovery";
    case "healthy":
      return s.kind === "traffic_spike" ? "during the spike" : s.kind === "hot_key" ? "while the key is hot" : "at peak";
  }
}

/** "while db fails over: 93.8 % served, p99 41 ms, for 60 s" — the numbers the chart shows. */
function worst(f: ScenarioFacts): string {
  const lasting = f.worstStage.seconds >= 590 ? "" : `, for ${f.worstStage.seconds} s`;
  return `${stageWords(f)}: ${pct(f.servedShare)} served, ${ms(f.p99Ms)}${lasting}`;
}

/** The yearly error budget share in words (verdict rule 7). */
function budget(f: ScenarioFacts): string {
  const b = f.budget;
  if (f.scenario.kind === "baseline") {
    return b.yearlyMinutes > 0 ? ` Failing that share all year uses ${(b.share * 100).toFixed(0)} % of the year's error budget.` : "";
  }
  if (b.perYear <= 0 || b.failingMinutesPerEvent <= 0) return " It fails no request, so it uses none of the error budget.";
  const share = b.share * 100;
  return ` Expected ${b.perYear < 1 ? b.perYear.toPrecision(1) : b.perYear.toFixed(b.perYear < 10 ? 1 : 0)} times a year (${b.basis}): ${b.yearlyMinutes.toPrecision(2)} min of failed requests a year, ${share < 1 ? share.toPrecision(1) : share.toFixed(0)} % of the year's error budget${b.share > 1 ? " — over budget" : ""}.`;
}

/** One sentence per scenario, with the numbers the timeline shows, then its share of the yearly budget. */
export function describeScenario(f: ScenarioFacts): string {
  return lead(f) + budget(f);
}

function lead(f: ScenarioFacts): string {
  const s = f.scenario;
  const load = pressure(f);
  const detect = MODEL_CONSTANTS.detectionSeconds;
  switch (s.kind) {
    case "baseline":
      return `At peak (${Math.round(f.setup.peakRates.dynamicRead + f.setup.peakRates.write + f.setup.peakRates.staticRead)} rps) ${load || "no node is loaded"}; ${pct(f.servedShare)} of requests served, ${ms(f.p99Ms)}.`;
    case "traffic_spike":
      return `Traffic jumps to ${s.factor}× peak; ${load || "nothing saturates"}; ${worst(f)}.`;
    case "hot_key": {
      const hot = f.hotUnit;
      const where = !hot ? "no cache or database holds it" : hot.utilization >= 1 ? `${hot.id}'s unit holding it saturates at ${times(hot.utilization)} its capacity` : `${hot.id}'s unit holding it runs at ${pct(hot.utilization)} of its capacity`;
      return `One key draws ${pct(s.shareOfReads)} of dynamic reads and lands on a single unit; ${where}; ${worst(f)}.`;
    }
    case "cache_cold":
      if (f.affected.length === 0) return "There is no cache to flush: nothing changes.";
      return `The caches (${f.affected.join(", ")}) are flushed; for ${f.stageSeconds.warmup} s of warm-up the misses go to the database: ${pressure(f, "dynamicRead") || "there is none"}; ${worst(f)}.`;
    case "instance_failure":
      return `${s.instances} instance${s.instances === 1 ? "" : "s"} of ${s.node} fail${s.instances === 1 ? "s" : ""}; for ${detect} s until health checks notice, their share of requests fails, then the rest carry the load (${load || "no node saturates"}); worst ${worst(f)}.`;
    case "cdn_outage":
      if (f.affected.length === 0) return "There is no CDN: static reads already go to the origin, nothing changes.";
      return `The CDN fails; static reads fall back to the origin: ${pressure(f, "staticRead") || "none is left"}; worst ${worst(f)}.`;
    case "node_down":
    case "region_outage": {
      const kind = s.kind === "node_down" ? f.setup.graph.byId.get(s.node)?.kind : undefined;
      if (f.affected.length === 0) return `Nothing runs in region ${s.kind === "region_outage" ? s.region : ""}: nothing changes.`;
      const what = s.kind === "node_down" ? `${kind ? KIND_CATALOG[kind].label : "Node"} ${s.node} fails` : `Region ${s.region} goes down (${f.affected.length} node${f.affected.length === 1 ? "" : "s"})`;
      const promo =
        f.promoted.length > 0
          ? `; ${f.promoted.join(", ")} is promoted after ${detect + MODEL_CONSTANTS.dbFailoverSeconds} s${f.dataAtRiskWrites > 0 ? `, losing about ${f.dataAtRiskWrites} writes (${MODEL_CONSTANTS.asyncLagSeconds} s async lag × write QPS)` : ""}`
          : "";
      return `${what}${promo}${load ? `; ${load}` : ""}; worst ${worst(f)}.`;
    }
  }
}
