import { MODEL_CONSTANTS } from "./catalog.ts";
import { isDatabase } from "./graph.ts";
import type { ScenarioFacts } from "./scenarios.ts";
import { fixed, list, text, type Text } from "./text.ts";

// The words live in content/messages (simulator.scenarios); this module picks the clauses and
// hands them their numbers, so a summary reads naturally in the reader's language.
const K = "simulator.scenarios";
const pct = (x: number): Text => text(x >= 0.9995 || x <= 0.0005 ? "simulator.numbers.percentWhole" : "simulator.numbers.percentTenth", { value: fixed(x * 100, x >= 0.9995 || x <= 0.0005 ? 0 : 1) });
const times = (x: number): Text => text("simulator.numbers.times", { value: fixed(x, 1) });
const ms = (x: number | null): Text => (x === null ? text(`${K}.p99Saturated`) : text(`${K}.p99`, { ms: fixed(x, 0) }));

/**
 * The most loaded node of the worst moment, as "X saturates at 2.1× its capacity"; `cls` narrows
 * it to the nodes carrying that class (the origin for static reads, the database for reads).
 */
function pressure(f: ScenarioFacts, cls?: "staticRead" | "dynamicRead"): Text | null {
  let b = f.bottleneck;
  if (cls) {
    const st = [...f.worst.stations.values()]
      .filter((x) => (f.worst.loads.get(x.node.id)?.byClass[cls] ?? 0) > 0 && Number.isFinite(x.utilization) && x.node.kind !== "load_balancer" && x.node.kind !== "cdn" && x.node.kind !== "dns" && (cls === "staticRead" || isDatabase(x.node)))
      .sort((a, c) => c.utilization - a.utilization || a.node.id.localeCompare(c.node.id))[0];
    b = st ? { id: st.node.id, utilization: st.utilization } : null;
  }
  if (!b) return null;
  if (b.utilization >= 1) return text(`${K}.saturates`, { id: b.id, times: times(b.utilization) });
  return text(`${K}.peaks`, { id: b.id, percent: pct(b.utilization) });
}

/** The worst stretch of the timeline in words: "while db fails over". */
function stageWords(f: ScenarioFacts): Text {
  const s = f.scenario;
  const stage = (key: string, params?: Record<string, string>) => text(`${K}.stage.${key}`, params);
  switch (f.worstStage.stage) {
    case "detection":
      return stage("detection");
    case "failover":
      if (s.kind === "cdn_outage") return stage("cdnDown");
      if (s.kind === "region_outage") return stage("dnsFailover");
      if (f.promoted.length > 0 || s.kind === "instance_failure") return stage("failsOver", { who: s.kind === "instance_failure" ? s.node : f.affected.join(", ") });
      return stage("down");
    case "warmup":
      return stage("warmup");
    case "recovered":
      return f.servedShare < 0.999 ? stage("restOfOutage") : stage("afterRecovery");
    case "healthy":
      return s.kind === "traffic_spike" ? stage("spike") : s.kind === "hot_key" ? stage("hotKey") : stage("peak");
  }
}

/** "while db fails over: 93.8 % served, p99 41 ms, for 60 s" — the numbers the chart shows. */
function worst(f: ScenarioFacts): Text {
  const lasting = f.worstStage.seconds < 590;
  return text(`${K}.worst`, { stage: stageWords(f), served: pct(f.servedShare), p99: ms(f.p99Ms), lasting: lasting ? "yes" : "no", seconds: String(f.worstStage.seconds) });
}

/** A count the way JavaScript prints it (toPrecision/toFixed, as the English always did). */
const few = (x: number) => (x < 1 ? x.toPrecision(1) : x.toFixed(x < 10 ? 1 : 0));

/** The yearly error budget share in words (verdict rule 7); "" when there is nothing to say. */
function budget(f: ScenarioFacts): Text | "" {
  const b = f.budget;
  if (f.scenario.kind === "baseline") {
    return b.yearlyMinutes > 0 ? text(`${K}.budget.baseline`, { percent: fixed(b.share * 100, 0) }) : "";
  }
  if (b.perYear <= 0 || b.failingMinutesPerEvent <= 0) return text(`${K}.budget.none`);
  const share = b.share * 100;
  return text(`${K}.budget.expected`, {
    perYear: few(b.perYear),
    basis: b.basis,
    minutes: b.yearlyMinutes.toPrecision(2),
    percent: share < 1 ? share.toPrecision(1) : share.toFixed(0),
    over: b.share > 1 ? "yes" : "no",
  });
}

/** One sentence per scenario, with the numbers the timeline shows, then its share of the yearly budget. */
export function describeScenario(f: ScenarioFacts): Text {
  return text(`${K}.summary`, { lead: lead(f), budget: budget(f) });
}

function lead(f: ScenarioFacts): Text {
  const s = f.scenario;
  const load = pressure(f);
  const detect = MODEL_CONSTANTS.detectionSeconds;
  const t = (key: string, params?: Parameters<typeof text>[1]) => text(`${K}.${key}`, params);
  switch (s.kind) {
    case "baseline":
      return t("baseline", { rps: String(Math.round(f.setup.peakRates.dynamicRead + f.setup.peakRates.write + f.setup.peakRates.staticRead)), load: load ?? t("noNodeLoaded"), served: pct(f.servedShare), p99: ms(f.p99Ms) });
    case "traffic_spike":
      return t("trafficSpike", { factor: String(s.factor), load: load ?? t("nothingSaturates"), worst: worst(f) });
    case "hot_key": {
      const hot = f.hotUnit;
      const where = !hot ? t("hotKeyNowhere") : hot.utilization >= 1 ? t("hotKeySaturates", { id: hot.id, times: times(hot.utilization) }) : t("hotKeyRuns", { id: hot.id, percent: pct(hot.utilization) });
      return t("hotKey", { share: pct(s.shareOfReads), where, worst: worst(f) });
    }
    case "cache_cold":
      if (f.affected.length === 0) return t("noCache");
      return t("cacheCold", { caches: list(f.affected), seconds: String(f.stageSeconds.warmup), load: pressure(f, "dynamicRead") ?? t("thereIsNone"), worst: worst(f) });
    case "instance_failure":
      return t("instanceFailure", { instances: s.instances, instancesText: String(s.instances), node: s.node, detectSeconds: String(detect), load: load ?? t("noNodeSaturates"), worst: worst(f) });
    case "cdn_outage":
      if (f.affected.length === 0) return t("noCdn");
      return t("cdnOutage", { load: pressure(f, "staticRead") ?? t("noneLeft"), worst: worst(f) });
    case "node_down":
    case "region_outage": {
      const kind = s.kind === "node_down" ? f.setup.graph.byId.get(s.node)?.kind : undefined;
      if (f.affected.length === 0) return t("nothingInRegion", { region: s.kind === "region_outage" ? s.region : "" });
      const what =
        s.kind === "node_down"
          ? t("nodeFails", { kind: kind ? text(`simulator.kindLabels.${kind}`) : t("node"), node: s.node })
          : t("regionDown", { region: s.region, nodes: f.affected.length, nodesText: String(f.affected.length) });
      const promo =
        f.promoted.length > 0
          ? t("promoted", {
              promoted: f.promoted.join(", "),
              seconds: String(detect + MODEL_CONSTANTS.dbFailoverSeconds),
              loss: f.dataAtRiskWrites > 0 ? t("promotedLoss", { writes: String(f.dataAtRiskWrites), lagSeconds: String(MODEL_CONSTANTS.asyncLagSeconds) }) : "",
            })
          : "";
      return t("nodeDown", { what, promo, load: load ? t("loadClause", { load }) : "", worst: worst(f) });
    }
  }
}
