import { MODEL_CONSTANTS } from "./catalog.ts";
import type { CostReport } from "./cost.ts";
import { isDatabase, SIDE_KINDS } from "./graph.ts";
import type { AvailabilityResult } from "./availability-graph.ts";
import type { Liveness } from "./live.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { failReasons, planVisits } from "./plan-walk.ts";
import type { UserClass } from "./routing.ts";
import type { Finding } from "./schema.ts";
import { isMeaningfulEdge, kindText, meaninglessEdgeReason } from "./semantics.ts";
import { dataFit } from "./data-fit.ts";
import { readHeavy, readsFetchData, servesStaticToUsers } from "./triggers.ts";
import { fixed, formatText, list, text, type Text } from "./text.ts";

export { planVisits } from "./plan-walk.ts";

// Parameters are numbers the message formats (ICU skeletons in content/messages) or ids; a
// percentage is passed already × 100, a whole count already rounded.
const pct = (x: number) => fixed(x * 100, 1);
const r0 = (x: number) => Math.round(x);
const K = "simulator.findings";

export type FindingInputs = {
  setup: ModelSetup;
  baseline: Evaluation;
  coldStart: Evaluation | null;
  availability: AvailabilityResult;
  liveness: Liveness;
  cost: CostReport;
  /** Right-sized monthly dollars per node (cost.ts). */
  rightSizedUsd: Map<string, number>;
  /** Right-sized units per node (sizing.ts). */
  rightSize: ReadonlyMap<string, number>;
};

/** Instances in all on live nodes that run software someone must watch (managed edges and balancers aside). */
export function fleetSize(setup: ModelSetup, live: ReadonlySet<string>): number {
  const managed = ["client", "dns", "cdn", "object_storage", "load_balancer", "logging", "metrics"];
  return setup.graph.nodes.filter((n) => live.has(n.id) && !managed.includes(n.kind)).reduce((s, n) => s + Math.round(n.units), 0);
}

/** "Dynamic reads" (capitalised, leading a sentence) or "dynamic reads" (inside one). */
export const classText = (cls: UserClass, lead = false): Text => text(`simulator.classes.${lead ? "lead" : "inner"}.${cls}`);
/** A finding with its language-neutral text and the English message rendered from it. */
const finding = (x: Omit<Finding, "message" | "text">, t: Text): Finding => ({ ...x, message: formatText(t), text: t });

/** Findings: what the design gets wrong or risks, each tied to a concept note. */
export function computeFindings({ setup, baseline, coldStart, availability, liveness, cost, rightSizedUsd, rightSize }: FindingInputs): Finding[] {
  const f: Finding[] = [];
  const { graph, req, peakRates } = setup;
  const stations = [...baseline.stations.values()];
  const live = liveness.live;

  if (!graph.nodes.some((n) => n.kind === "client")) {
    f.push(finding({ id: "no-client", severity: "critical", concept: "load-balancer", nodes: [] }, text(`${K}.noClient`)));
  }
  const meaningless = new Map<string, { from: string[]; to: string[]; reason: Text }>();
  for (const e of setup.graph.nodes.flatMap((n) => graph.successors.get(n.id)!.map((to) => ({ from: n, to })))) {
    if (isMeaningfulEdge(e.from.kind, e.to.kind)) continue;
    const k = `${e.from.kind}>${e.to.kind}`;
    const entry = meaningless.get(k) ?? { from: [], to: [], reason: meaninglessEdgeReason(e.from.kind, e.to.kind) };
    entry.from.push(e.from.id);
    entry.to.push(e.to.id);
    meaningless.set(k, entry);
  }
  for (const m of meaningless.values()) {
    const pairs = list(m.from.map((from, i) => text(`${K}.edgePair`, { from, to: m.to[i] })));
    f.push(finding({ id: "meaningless-edge", severity: "warning", concept: "load-balancer", nodes: [...new Set([...m.from, ...m.to])] }, text(`${K}.meaninglessEdge`, { pairs, reason: m.reason })));
  }

  for (const cls of ["dynamicRead", "write", "staticRead"] as const) {
    if (peakRates[cls] <= 0) continue;
    const reasons = failReasons(baseline.plans[cls]);
    if (baseline.served[cls] === 0 && reasons.length > 0) {
      f.push(finding({ id: `unroutable-${cls}`, severity: "critical", concept: "load-balancer", nodes: [] }, text(`${K}.unroutable`, { classes: classText(cls, true), rps: r0(peakRates[cls]), reasons: list(reasons, "semicolon") })));
    }
  }
  for (const id of availability.spofs) {
    const n = graph.byId.get(id)!;
    const capacity = availability.capacitySpofs.find((c) => c.id === id);
    const classes = availability.singleCuts.find((c) => c.id === id)?.classes ?? [];
    const t =
      classes.length > 0 && n.instances === 1
        ? text(`${K}.spof`, { id, kind: n.kind, availability: String(n.availabilityPerInstance), classes: list(classes.map((c) => classText(c))) })
        : text(`${K}.capacitySpof`, { id, detail: capacity?.text ?? text(`${K}.overloadsTheRest`) });
    f.push(finding({ id: "spof", severity: "critical", concept: "single-point-of-failure", nodes: [id, ...(capacity?.overloaded.map((o) => o.id).filter((x) => x !== id) ?? [])] }, t));
  }
  const regionCuts = availability.singleCuts.filter((c) => c.kind === "region");
  if (regionCuts.length > 0 && (req.availabilityTarget >= 0.9999 || req.userRegions.length > 1)) {
    f.push(finding({ id: "single-region", severity: "warning", concept: "multi-data-center", nodes: [] }, text(`${K}.singleRegion`, { regions: list(regionCuts.map((r) => r.id)), regionAvailability: String(MODEL_CONSTANTS.regionAvailability), target: String(req.availabilityTarget) })));
  }
  const designRegions = new Set(graph.nodes.filter((n) => !SIDE_KINDS.includes(n.kind) && n.region !== null).map((n) => n.region));
  if (req.userRegions.length > 1 && designRegions.size <= 1) {
    f.push(finding({ id: "one-region-global-users", severity: "warning", concept: "multi-data-center", nodes: [] }, text(`${K}.oneRegionGlobalUsers`, { userRegions: list(req.userRegions), serverRegions: [...designRegions].join(", ") || graph.homeRegion, rttMs: String(MODEL_CONSTANTS.interRegionRttMs) })));
  } else if (req.userRegions.length > 1 && !setup.geoRouting) {
    f.push(finding({ id: "no-geo-routing", severity: "info", concept: "geo-routing", nodes: [] }, text(`${K}.noGeoRouting`, { regions: list([...designRegions].map(String)) })));
  }
  for (const s of stations) {
    if (s.offeredRps <= 0) continue;
    const id = s.node.id;
    if (s.utilization >= 1) {
      const concept = isDatabase(s.node) ? (s.node.isPrimary && (s.node.node.shards ?? 1) === 1 && (baseline.loads.get(id)?.byClass.write ?? 0) > 0.5 * s.offeredRps ? "sharding" : "database-replication") : "horizontal-scaling";
      f.push(finding({ id: "saturated", severity: "critical", concept, nodes: [id] }, text(`${K}.saturated`, { id, offered: r0(s.offeredRps), capacity: r0(s.capacityRps), units: s.units, unitsText: String(s.units), perUnit: r0(s.capacityRps / Math.max(s.units, 1)), utilization: fixed(s.utilization, 2), failedPercent: pct(1 - s.servedFactor) })));
    } else if (s.utilization > MODEL_CONSTANTS.utilizationTarget) {
      f.push(finding({ id: "high-utilization", severity: "warning", concept: "horizontal-scaling", nodes: [id] }, text(`${K}.highUtilization`, { id, percent: pct(s.utilization), offered: r0(s.offeredRps), capacity: r0(s.capacityRps), targetPercent: pct(MODEL_CONSTANTS.utilizationTarget) })));
    }
    if (s.hotUnitUtilization >= 1 && s.utilization < 1) {
      const hot = baseline.loads.get(id)?.hotRps ?? 0;
      f.push(finding({ id: "celebrity-key", severity: "warning", concept: "celebrity-problem", nodes: [id] }, text(`${K}.celebrityKey`, { id, sharePercent: pct(hot / Math.max(s.offeredRps, 1e-9)), hotRps: r0(hot), units: String(s.units), times: fixed(s.hotUnitUtilization, 2) })));
    }
    if (s.node.kind === "web_server" && s.node.node.stateless === false) {
      f.push(finding({ id: "sticky-sessions", severity: "warning", concept: "sticky-sessions", nodes: [id] }, text(`${K}.stickySessions`, { id })));
    }
    const right = rightSize.get(id) ?? s.node.units;
    if (s.node.units > 2 && s.node.units >= 2 * right && s.node.kind !== "load_balancer") {
      f.push(finding({ id: "over-provisioned", severity: "info", concept: "back-of-the-envelope", nodes: [id] }, text(`${K}.overProvisioned`, { id, units: String(s.node.units), percent: pct(s.utilization), right: String(right), targetPercent: pct(MODEL_CONSTANTS.utilizationTarget) })));
    }
  }
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const hasCacheOnReads = [...readVisits].some((id) => graph.byId.get(id)?.kind === "cache");
  if (readHeavy(setup) && readsFetchData(setup, baseline) && !hasCacheOnReads && graph.nodes.some(isDatabase)) {
    const dbLoad = stations.filter((s) => isDatabase(s.node)).reduce((m, s) => Math.max(m, s.utilization), 0);
    f.push(finding({ id: "no-cache", severity: "warning", concept: "cache", nodes: [] }, text(`${K}.noCache`, { ratio: fixed(peakRates.dynamicRead / Math.max(peakRates.write, 1e-9), 1), reads: r0(peakRates.dynamicRead), busiestPercent: pct(dbLoad) })));
  }
  const staticEgress = req.bytesPerRead * peakRates.staticRead;
  if (!graph.nodes.some((n) => n.kind === "cdn") && servesStaticToUsers(setup)) {
    f.push(finding({ id: "no-cdn", severity: "warning", concept: "cdn", nodes: [] }, text(`${K}.noCdn`, { reads: r0(peakRates.staticRead), megabytesPerSecond: fixed(staticEgress / 1e6, 1), usdPerGb: String(0.085) })));
  }
  for (const n of graph.nodes.filter((x) => x.isReplica && live.has(x.id))) {
    const mode = n.node.replication ?? "async";
    if (mode === "async") {
      const atRisk = Math.round(MODEL_CONSTANTS.asyncLagSeconds * peakRates.write);
      f.push(finding({ id: "replication-lag", severity: "warning", concept: "replication-lag", nodes: [n.id] }, text(`${K}.replicationLag`, { id: n.id, primary: String(n.node.replicaOf), lagSeconds: String(MODEL_CONSTANTS.asyncLagSeconds), atRisk: String(atRisk), writes: r0(peakRates.write) })));
    }
  }
  if (coldStart) {
    const overloaded = [...coldStart.stations.values()].filter((s) => isDatabase(s.node) && s.utilization >= 1);
    if (overloaded.length > 0) {
      const each = overloaded.map((s) => text(`${K}.stampedeNode`, { id: s.node.id, offered: r0(s.offeredRps), times: fixed(s.utilization, 1) }));
      f.push(finding({ id: "cache-stampede", severity: "warning", concept: "cache", nodes: overloaded.map((s) => s.node.id) }, text(`${K}.cacheStampede`, { nodes: list(each, "semicolon") })));
    }
  }
  const hasLive = (kind: string) => graph.nodes.some((n) => n.kind === kind && live.has(n.id));
  if (!hasLive("logging") || !hasLive("metrics")) {
    const missing = ["logging", "metrics"].filter((k) => !hasLive(k));
    const fleet = fleetSize(setup, live);
    const large = fleet > MODEL_CONSTANTS.observabilityFleetSize;
    f.push(finding({ id: "no-observability", severity: large ? "warning" : "info", concept: "logging-metrics", nodes: [] }, text(`${K}.noObservability`, { missing: list(missing.map((k) => text(`${K}.observability.${k}`)), "or"), large: large ? "yes" : "no", fleet: String(fleet) })));
  }
  for (const q of graph.nodes.filter((n) => n.kind === "message_queue")) {
    const workers = graph.successors.get(q.id)!.filter((s) => s.kind === "worker");
    if (workers.length === 0) {
      f.push(finding({ id: "queue-without-consumer", severity: "critical", concept: "message-queue", nodes: [q.id] }, text(`${K}.queueWithoutConsumer`, { id: q.id })));
      continue;
    }
    for (const w of workers) {
      const st = baseline.stations.get(w.id);
      if (st && st.utilization >= 1) {
        f.push(finding({ id: "queue-backlog", severity: "warning", concept: "message-queue", nodes: [w.id] }, text(`${K}.queueBacklog`, { id: w.id, capacity: r0(st.capacityRps), offered: r0(st.offeredRps), growth: r0(st.offeredRps - st.capacityRps) })));
      }
    }
  }
  for (const n of liveness.unused) {
    f.push(finding({ id: "unused-component", severity: "warning", concept: "over-engineering", nodes: [n.id] }, text(`${K}.unusedComponent`, { id: n.id, kind: kindText(n.kind) })));
  }
  if (cost.ratioToRightSized >= 3) {
    const over = cost.lines
      .map((l) => ({ node: l.node, usd: l.usd - (rightSizedUsd.get(l.node) ?? 0) }))
      .filter((x) => x.usd > 0.5)
      .sort((a, b) => b.usd - a.usd || a.node.localeCompare(b.node))
      .slice(0, 4);
    f.push(finding({ id: "cost-over-need", severity: "warning", concept: "over-engineering", nodes: over.map((o) => o.node).filter((id) => graph.byId.has(id)) }, text(`${K}.costOverNeed`, { monthlyUsd: r0(cost.monthlyUsd), ratio: fixed(cost.ratioToRightSized, 1), rightSizedUsd: r0(cost.rightSizedMonthlyUsd), targetPercent: pct(MODEL_CONSTANTS.utilizationTarget), lines: list(over.map((o) => text(`${K}.costLine`, { node: o.node, usd: r0(o.usd) }))) })));
  }
  const fit = dataFit(setup, live);
  if (!fit.fits) {
    f.push(finding({ id: "data-does-not-fit", severity: "critical", concept: "sharding", nodes: fit.nodes }, fit.text));
  }
  if (req.consistency === "strong") {
    const asyncReaders = graph.nodes.filter((n) => n.isReplica && (n.node.replication ?? "async") !== "sync");
    if (asyncReaders.length > 0) {
      f.push(finding({ id: "stale-replicas-excluded", severity: "info", concept: "replication-lag", nodes: asyncReaders.map((n) => n.id) }, text(`${K}.staleReplicasExcluded`, { ids: list(asyncReaders.map((n) => n.id)) })));
    }
  }
  const order = { critical: 0, warning: 1, info: 2 } as const;
  return f.sort((a, b) => order[a.severity] - order[b.severity]);
}
