/**
 * Criteria from the design itself (solution design and technical excellence) and the
 * correctness gates, following SIMULATOR.md "Verdict rules": only live nodes count, patterns
 * score when their trigger holds and cost points when nothing triggers them, cost is judged
 * against the right-sized cost, and every credit is scaled by the share of peak traffic the
 * design actually serves (score.ts applies that and the gates).
 */
import type { AvailabilityResult } from "./availability-graph.ts";
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { CostReport } from "./cost.ts";
import { dataFit } from "./data-fit.ts";
import type { Percentiles } from "./latency.ts";
import { liveRegions, type Liveness } from "./live.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { failReasons, planVisits } from "./plan-walk.ts";
import { USER_CLASSES } from "./routing.ts";
import type { ScenarioResult } from "./schema.ts";
import { clamp01, type Draft } from "./score-draft.ts";
import { readHeavy, readsFetchData, servesStaticToUsers, slowWorkMsPerWrite } from "./triggers.ts";
import { classText, fleetSize } from "./findings.ts";
import { fixed, formatText, list, text, type Text, type TextList } from "./text.ts";

export type DesignInputs = {
  setup: ModelSetup;
  baseline: Evaluation;
  spike: Evaluation;
  latency: Record<"dynamicRead" | "write" | "staticRead", Percentiles>;
  availability: AvailabilityResult;
  scenarios: ScenarioResult[];
  liveness: Liveness;
  cost: CostReport;
};

/** `text` is the language-neutral reason, `message` its English. */
export type Gate = { id: string; message: string; text: Text };
/** A judgment flaw (a failed pattern, an over-engineered part): each caps the band lower (score.ts). */
export type Flaw = { id: string; message: string; text: Text };

/** Cost beyond this multiple of the right-sized cost is a gate: no interviewer signs it. */
export const COST_GATE_RATIO = 10;

// Parameters are numbers the messages format (content/messages, simulator.criteria / .gates),
// or strings where the English always printed JavaScript's own digits (toPrecision, constants).
const r0 = (x: number) => Math.round(x);
const pct = (x: number): Text => text(x >= 0.9995 ? "simulator.numbers.percentHundredth" : "simulator.numbers.percentTenth", { value: fixed(x * 100, x >= 0.9995 ? 2 : 1) });
const E = "simulator.criteria.evidence";
const ev = (key: string, params?: Parameters<typeof text>[1]) => text(`${E}.${key}`, params);
/** A criterion's label: simulator.criteria.labels.<id>. */
export const criterionLabel = (id: string): Text => text(`simulator.criteria.labels.${id}`);
const withText = <T extends { id: string }>(x: T, t: Text) => ({ ...x, message: formatText(t), text: t });

/** p99 to judge against the SLO: the worst of dynamic reads and writes that carry traffic; null if saturated. */
export function judgedP99(setup: ModelSetup, latency: DesignInputs["latency"]): { p99: number | null; classes: Text | TextList } {
  const judged = (["dynamicRead", "write"] as const).filter((c) => setup.peakRates[c] > 0);
  if (judged.some((c) => latency[c].p99Ms === null)) return { p99: null, classes: list(judged.filter((c) => latency[c].p99Ms === null).map((c) => classText(c))) };
  return { p99: Math.max(0, ...judged.map((c) => latency[c].p99Ms as number)), classes: list(judged.map((c) => classText(c)), "and") };
}

/** Correctness gates (verdict rule 2): each saturated node, class without a path, unmet key requirement. */
export function correctnessGates(input: DesignInputs): Gate[] {
  const { setup, baseline, latency, availability, liveness } = input;
  const gates: Gate[] = [];
  const G = "simulator.gates";
  const gate = (id: string, t: Text) => gates.push(withText({ id }, t));
  for (const cls of USER_CLASSES) {
    if (setup.peakRates[cls] > 0 && baseline.served[cls] === 0) {
      const reasons = failReasons(baseline.plans[cls]).slice(0, 2);
      gate(`no-path:${cls}`, text(`${G}.noPath`, { classes: classText(cls), reasons: reasons.length > 0 ? list(reasons, "semicolon") : text(`${G}.nothingCanServe`) }));
    }
  }
  for (const st of baseline.stations.values()) {
    if (!liveness.live.has(st.node.id) || st.offeredRps <= 0) continue;
    if (st.utilization >= 1) gate(`saturated:${st.node.id}`, text(`${G}.saturated`, { id: st.node.id, offered: r0(st.offeredRps), capacity: r0(st.capacityRps), times: fixed(st.utilization, 2) }));
    else if (st.hotUnitUtilization >= 1) gate(`saturated:${st.node.id}`, text(`${G}.hotKey`, { id: st.node.id, times: fixed(st.hotUnitUtilization, 2) }));
  }
  const structural = gates.length > 0;
  const { p99 } = judgedP99(setup, latency);
  if (p99 !== null && p99 > setup.req.latencyP99Ms) gate("latency", text(`${G}.latency`, { p99: fixed(p99, 1), slo: String(setup.req.latencyP99Ms) }));
  // Availability and load are consequences of a missing path or a saturated tier when there is one.
  if (!structural && availability.estimate < setup.req.availabilityTarget) {
    gate("availability", text(`${G}.availability`, { actual: pct(availability.estimate), target: pct(setup.req.availabilityTarget) }));
  }
  if (!structural && baseline.servedAll < 0.999) gate("load", text(`${G}.load`, { served: pct(baseline.servedAll) }));
  if (input.cost.ratioToRightSized >= COST_GATE_RATIO) {
    gate("cost", text(`${G}.cost`, { ratio: fixed(input.cost.ratioToRightSized, 0), monthlyUsd: r0(input.cost.monthlyUsd), rightSizedUsd: r0(input.cost.rightSizedMonthlyUsd) }));
  }
  // Whether the data fits is moot when no write gets stored at all.
  const fit = dataFit(setup, liveness.live);
  if (!fit.fits && baseline.served.write > 0) gate("data", fit.text);
  return gates;
}

export function designCriteria(input: DesignInputs): { drafts: Draft[]; flaws: Flaw[] } {
  const { setup, baseline, spike, latency, availability, scenarios, liveness, cost } = input;
  const { req, peakRates, graph } = setup;
  const live = liveness.live;
  const out: Draft[] = [];
  const overEngineering: Text[] = [];
  const add = (d: Omit<Draft, "group" | "label"> & { group?: Draft["group"] }) => out.push({ group: "solutionDesign", label: criterionLabel(d.id), ...d });

  // Solution design
  const stations = [...baseline.stations.values()].filter((s) => live.has(s.node.id) && s.offeredRps > 0 && Number.isFinite(s.capacityRps) && s.node.kind !== "cdn");
  const loadOf = (s: (typeof stations)[number]) => Math.max(s.utilization, s.hotUnitUtilization);
  const busiest = stations.sort((a, b) => loadOf(b) - loadOf(a) || a.node.id.localeCompare(b.node.id))[0];
  const maxU = busiest ? loadOf(busiest) : 0;
  const headroom = maxU <= MODEL_CONSTANTS.utilizationTarget ? 1 : clamp01((1 - maxU) / (1 - MODEL_CONSTANTS.utilizationTarget));
  const target = String(MODEL_CONSTANTS.utilizationTarget);
  add({ id: "capacity", weight: 6, credit: busiest ? headroom : 0, evidence: busiest ? ev("capacity", { id: busiest.node.id, offered: r0(busiest.offeredRps), capacity: r0(busiest.capacityRps), utilization: fixed(maxU, 2), target }) : ev("noTraffic"), concept: "horizontal-scaling" });
  // At the 0.7 utilisation target a tier has 1.4× the peak: a 2× spike then still serves 70 %.
  // Less than that means some tier has no headroom or something collapses under the surge.
  add({ id: "survives-2x-spike", weight: 4, credit: clamp01((spike.servedAll - 0.5) / 0.2), evidence: ev("spike", { percent: fixed(spike.servedAll * 100, 1) }), concept: "horizontal-scaling" });
  const { p99, classes } = judgedP99(setup, latency);
  add({ id: "latency-slo", weight: 7, credit: p99 === null ? 0 : p99 <= req.latencyP99Ms ? 1 : clamp01(req.latencyP99Ms / p99), evidence: p99 === null ? ev("latencySaturated", { classes }) : ev("latency", { classes, p99: fixed(p99, 1), slo: String(req.latencyP99Ms) }), concept: "cache" });
  const a = availability.estimate;
  const nines = (x: number) => -Math.log10(Math.max(1e-12, 1 - x));
  add({ id: "availability", weight: 7, credit: a >= req.availabilityTarget ? 1 : clamp01(nines(a) / nines(req.availabilityTarget)), evidence: ev("availability", { percent: fixed(a * 100, 4), downtime: fixed(availability.downtimeMinutesPerYear, 1), target: fixed(req.availabilityTarget * 100, 4), detail: availability.evidence }), concept: "database-replication" });
  add({ id: "no-spof", weight: 5, credit: clamp01(1 - availability.spofs.length / 2), evidence: availability.spofs.length === 0 ? ev("noSpof") : ev("spofs", { count: availability.spofs.length, countText: String(availability.spofs.length), ids: list(availability.spofs), capacity: availability.capacitySpofs.length > 0 ? ev("spofsCapacity", { details: list(availability.capacitySpofs.map((c) => c.text), "semicolon") }) : "" }), concept: "single-point-of-failure" });
  const failures = scenarios.filter((s) => s.scenario.kind !== "baseline");
  const budgetUsed = failures.reduce((s, x) => s + x.errorBudgetShare, 0);
  const budgetMinutes = (1 - req.availabilityTarget) * 525600;
  const share = (x: number): Text => text(x < 0.01 ? "simulator.numbers.percentTenth" : "simulator.numbers.percentWhole", { value: fixed(x * 100, x < 0.01 ? 1 : 0) });
  add({ id: "scenarios-within-budget", weight: 6, credit: failures.length === 0 ? 1 : budgetUsed <= 1 ? 1 : clamp01(1 / budgetUsed), evidence: failures.length === 0 ? ev("noScenario") : ev("budget", { percent: fixed(budgetUsed * 100, 0), minutes: fixed(budgetMinutes, 1), target: String(req.availabilityTarget), scenarios: list(failures.map((s) => ev("budgetScenario", { kind: s.scenario.kind, share: share(s.errorBudgetShare) }))) }), concept: "single-point-of-failure" });

  // Technical excellence: a pattern scores when its trigger holds, and only on live nodes.
  const tech = (id: string, weight: number, concept: string, trigger: boolean, triggerText: Text, credit: number, evidence: Text) =>
    add({ id, group: "technicalExcellence", weight, concept, credit: trigger ? credit : 1, evidence: trigger ? ev("triggered", { trigger: triggerText, evidence }) : ev("notRequired", { trigger: triggerText }) });
  const liveOf = (kind: string) => graph.nodes.filter((n) => n.kind === kind && live.has(n.id));
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const cacheOnReads = [...readVisits].map((id) => graph.byId.get(id)!).filter((n) => n.kind === "cache");
  const hit = cacheOnReads.length > 0 ? Math.max(...cacheOnReads.map((c) => baseline.hitRatios.get(c.id) ?? 0)) : 0;
  // A cache pays off only when the reads fetch stored data (triggers.ts).
  const fetchesData = readsFetchData(setup, baseline);
  const cacheTrigger = readHeavy(setup) && fetchesData;
  tech("cache-when-read-heavy", 4, "cache", cacheTrigger, ev("cacheTrigger", { reads: r0(peakRates.dynamicRead), writes: r0(peakRates.write), fetches: fetchesData ? "yes" : "no" }), cacheOnReads.length === 0 ? 0 : hit >= 0.5 ? 1 : 0.5, cacheOnReads.length === 0 ? ev("noCacheOnReads") : ev("cacheHit", { hit: fixed(hit, 2), zipf: String(MODEL_CONSTANTS.zipfS), keys: setup.dynamicKeys.toExponential(1) }));
  // A CDN is for what users read: media that is only written (stored pages, backups) is not egress.
  const servingCdns = liveOf("cdn").filter((n) => (baseline.loads.get(n.id)?.byClass.staticRead ?? 0) > 0);
  tech("cdn-for-static", 3, "cdn", servesStaticToUsers(setup), ev("cdnTrigger", { reads: r0(peakRates.staticRead), mediaShare: String(req.mediaShareOfWrites) }), servingCdns.length > 0 ? 1 : 0, servingCdns.length > 0 ? ev("cdnServes", { ids: list(servingCdns.map((n) => n.id)) }) : ev("noCdn"));
  const primaries = graph.nodes.filter((n) => n.isPrimary && live.has(n.id));
  const dbReadLoad = graph.nodes.filter((n) => (n.isPrimary || n.isReplica) && live.has(n.id)).reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.dynamicRead ?? 0), 0);
  const primaryCap = primaries.reduce((s, n) => s + n.capacityRpsPerInstance * n.units, 0);
  const replicasNeeded = primaries.length > 0 && (dbReadLoad > MODEL_CONSTANTS.utilizationTarget * primaryCap || req.availabilityTarget >= 0.999);
  const withReplica = primaries.filter((n) => (graph.replicasOf.get(n.id) ?? []).some((r) => live.has(r.id)) || n.instances > 1);
  tech("replicas", 3, "database-replication", replicasNeeded, ev("replicasTrigger", { reads: r0(dbReadLoad), capacity: r0(primaryCap), target: String(req.availabilityTarget) }), primaries.length === 0 ? 0 : withReplica.length / primaries.length, ev("replicas", { with: String(withReplica.length), primaries: String(primaries.length) }));
  const writeLoad = primaries.reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.write ?? 0), 0);
  const perNodeWrites = primaries.length > 0 ? Math.min(...primaries.map((n) => n.capacityRpsPerInstance)) : 0;
  const fit = dataFit(setup, live);
  const unit = MODEL_CONSTANTS.storageBytesPerDatabaseUnit;
  const shardTrigger = (primaries.length > 0 && writeLoad > MODEL_CONSTANTS.utilizationTarget * perNodeWrites) || fit.bytes > unit;
  const sharded = primaries.filter((n) => (n.node.shards ?? 1) > 1);
  const shardItem = (n: (typeof sharded)[number]) => (n.node.shardKey ? ev("shardedBy", { id: n.id, shards: String(n.node.shards), key: n.node.shardKey }) : ev("shardedNoKey", { id: n.id, shards: String(n.node.shards) }));
  tech("shards", 2, "sharding", shardTrigger, ev("shardsTrigger", { writes: r0(writeLoad), perNode: r0(perNodeWrites), terabytes: fixed(fit.bytes / 1e12, 1), unitTerabytes: String(unit / 1e12) }), sharded.length === 0 ? 0 : fit.fits ? (sharded.every((n) => n.node.shardKey) ? 1 : 0.5) : 0.25, sharded.length === 0 ? ev("noShards") : ev("shards", { items: list(sharded.map(shardItem)), fits: fit.fits ? "yes" : "no" }));
  const writeVisits = planVisits(baseline.plans.write, new Set(), true);
  const queued = [...writeVisits].some((id) => graph.byId.get(id)?.kind === "message_queue");
  // Slow or unreliable work per write (media processing, provider calls, fan-out) is what a queue takes off the request.
  const slowMs = peakRates.write > 0 ? slowWorkMsPerWrite(setup) : 0;
  const slowWork = slowMs > 0;
  tech("queue-for-slow-work", 2, "message-queue", slowWork, ev("queueTrigger", { slowMs: fixed(slowMs, 1), mediaShare: String(req.mediaShareOfWrites), mediaMs: String(MODEL_CONSTANTS.mediaProcessingMs), otherMs: String(req.slowWorkMsPerWrite) }), queued ? 1 : 0, queued ? ev("queued") : ev("notQueued"));
  const regions = liveRegions(setup, live);
  const regionTrigger = req.userRegions.length > 1 || req.availabilityTarget >= 0.9999;
  const survivesRegion = availability.singleCuts.every((c) => c.kind !== "region");
  tech("multi-region", 2, "multi-data-center", regionTrigger, ev("regionsTrigger", { userRegions: req.userRegions.length, userRegionsText: String(req.userRegions.length), target: String(req.availabilityTarget) }), regions.length >= 2 ? (survivesRegion ? 1 : 0.5) : 0, ev("regions", { regions: regions.length, regionsText: String(regions.length), survives: regions.length >= 2 ? (survivesRegion ? "yes" : "no") : "single" }));
  const ratio = cost.ratioToRightSized;
  const sticky = liveOf("web_server").filter((n) => n.node.stateless === false);
  add({ id: "stateless-web-tier", group: "technicalExcellence", weight: 2, credit: sticky.length === 0 ? 1 : 0, evidence: sticky.length === 0 ? ev("stateless") : ev("sticky", { ids: list(sticky.map((n) => n.id)) }), concept: "stateless-web-tier" });
  add({ id: "cost-efficiency", group: "technicalExcellence", weight: 3, credit: ratio <= 1.5 ? 1 : clamp01((4 - ratio) / 2.5), evidence: ev("cost", { monthlyUsd: r0(cost.monthlyUsd), rightSizedUsd: r0(cost.rightSizedMonthlyUsd), target, ratio: fixed(ratio, 2) }), concept: "over-engineering" });
  // Over-engineering: unused components, and patterns that nothing in the requirements triggers.
  const waste: Text[] = liveness.unused.map((n) => ev("wasteUnused", { id: n.id }));
  if (regions.length >= 2 && !regionTrigger) waste.push(ev("wasteRegions", { regions: String(regions.length), target: String(req.availabilityTarget) }));
  if (sharded.length > 0 && !shardTrigger) waste.push(ev("wasteShards", { ids: list(sharded.map((n) => n.id)) }));
  const liveQueues = liveOf("message_queue");
  if (liveQueues.length > 0 && !slowWork) waste.push(ev("wasteQueue", { ids: list(liveQueues.map((n) => n.id)) }));
  overEngineering.push(...waste);
  add({ id: "no-over-engineering", group: "technicalExcellence", weight: 5, credit: clamp01(1 - waste.length / 3), evidence: waste.length === 0 ? ev("noWaste") : ev("waste", { count: String(waste.length), items: list(waste, "semicolon") }), concept: "over-engineering" });
  const fleet = fleetSize(setup, live);
  const watched = ["logging", "metrics"].filter((k) => liveOf(k).length > 0).length;
  tech("observability", 2, "logging-metrics", fleet > MODEL_CONSTANTS.observabilityFleetSize, ev("fleet", { fleet: String(fleet) }), watched / 2, watched === 2 ? ev("watched") : watched === 1 ? ev("halfWatched") : ev("unwatched"));
  // Flaws: every criterion that fails outright, and every over-engineered part on its own.
  const flaws: Flaw[] = [
    ...out.filter((d) => d.id !== "no-over-engineering" && d.credit !== null && d.credit <= 0).map((d) => withText({ id: d.id }, text("simulator.flaws.criterion", { label: d.label, evidence: d.evidence }))),
    ...overEngineering.map((w, i) => withText({ id: `over-engineering-${i + 1}` }, w)),
  ];
  return { drafts: out, flaws };
}
