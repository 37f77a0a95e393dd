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
import { fleetSize } from "./findings.ts";
import type { Percentiles } from "./latency.ts";
import { liveRegions, type Liveness } from "./live.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { failReasons, planVisits } from "./plan-walk.ts";
import { USER_CLASSES } from "./routing.ts";
import type { ScenarioResult } from "./schema.ts";
import { clamp01, type Draft } from "./score-draft.ts";
import { readHeavy, readsFetchData, servesStaticToUsers, slowWorkMsPerWrite } from "./triggers.ts";
import { count } from "./words.ts";

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

export type Gate = { id: string; message: string };
/** A judgment flaw (a failed pattern, an over-engineered part): each caps the band lower (score.ts). */
export type Flaw = { id: string; message: string };

/** Cost beyond this multiple of the right-sized cost is a gate: no interviewer signs it. */
export const COST_GATE_RATIO = 10;

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const WHOLE = new Intl.NumberFormat("en-US"); // reused: toLocaleString builds one per call
const r0 = (x: number) => WHOLE.format(Math.round(x));
const pct = (x: number) => `${(x * 100).toFixed(x >= 0.9995 ? 2 : 1)} %`;
const CLASS_WORDS = { dynamicRead: "dynamic reads", write: "writes", staticRead: "static reads" } as const;

/** p99 to judge against the SLO: the worst of dynamic reads and writes that carry traffic; null if saturated. */
export function judgedP99(setup: ModelSetup, latency: DesignInputs["latency"]): { p99: number | null; classes: string } {
  const judged = (["dynamicRead", "write"] as const).filter((c) => setup.peakRates[c] > 0);
  if (judged.some((c) => latency[c].p99Ms === null)) return { p99: null, classes: judged.filter((c) => latency[c].p99Ms === null).map((c) => CLASS_WORDS[c]).join(", ") };
  return { p99: Math.max(0, ...judged.map((c) => latency[c].p99Ms as number)), classes: judged.map((c) => CLASS_WORDS[c]).join(" and ") };
}

/** Correctness gates (verdict rule 2): each saturated node, class without a path, unmet key requirement. */
export function correctnessGates(input: DesignInputs): Gate[] {
  const { setup, baseline, latency, availability, liveness } = input;
  const gates: Gate[] = [];
  for (const cls of USER_CLASSES) {
    if (setup.peakRates[cls] > 0 && baseline.served[cls] === 0) {
      gates.push({ id: `no-path:${cls}`, message: `${CLASS_WORDS[cls]} have no path: ${failReasons(baseline.plans[cls]).slice(0, 2).join("; ") || "nothing can serve them"}` });
    }
  }
  for (const st of baseline.stations.values()) {
    if (!liveness.live.has(st.node.id) || st.offeredRps <= 0) continue;
    if (st.utilization >= 1) gates.push({ id: `saturated:${st.node.id}`, message: `${st.node.id} is saturated at peak: ${r0(st.offeredRps)} rps offered to ${r0(st.capacityRps)} of capacity (${f2(st.utilization)}×)` });
    else if (st.hotUnitUtilization >= 1) gates.push({ id: `saturated:${st.node.id}`, message: `the unit of ${st.node.id} holding the hottest key is saturated (${f2(st.hotUnitUtilization)}×)` });
  }
  const structural = gates.length > 0;
  const { p99 } = judgedP99(setup, latency);
  if (p99 !== null && p99 > setup.req.latencyP99Ms) gates.push({ id: "latency", message: `p99 ${f1(p99)} ms is over the ${setup.req.latencyP99Ms} ms SLO` });
  // Availability and load are consequences of a missing path or a saturated tier when there is one.
  if (!structural && availability.estimate < setup.req.availabilityTarget) {
    gates.push({ id: "availability", message: `availability ${pct(availability.estimate)} is below the ${pct(setup.req.availabilityTarget)} target` });
  }
  if (!structural && baseline.servedAll < 0.999) gates.push({ id: "load", message: `only ${pct(baseline.servedAll)} of peak requests are served` });
  if (input.cost.ratioToRightSized >= COST_GATE_RATIO) {
    gates.push({ id: "cost", message: `it costs ${input.cost.ratioToRightSized.toFixed(0)}× what the same paths cost right-sized ($${r0(input.cost.monthlyUsd)} vs $${r0(input.cost.rightSizedMonthlyUsd)} a month)` });
  }
  // Whether the data fits is moot when no write gets stored at all.
  const fit = dataFit(setup, liveness.live);
  if (!fit.fits && baseline.served.write > 0) gates.push({ id: "data", message: fit.message });
  return gates;
}

export function designCriteria(input: DesignInputs): { drafts: Draft[]; flaws: Flaw[] } {
  const { setup, baseline, spike, latency, availability, scenarios, liveness, cost } = input;
  const { req, peakRates, graph } = setup;
  const live = liveness.live;
  const out: Draft[] = [];
  const overEngineering: string[] = [];
  const add = (d: Omit<Draft, "group"> & { group?: Draft["group"] }) => out.push({ group: "solutionDesign", ...d });

  // Solution design
  const stations = [...baseline.stations.values()].filter((s) => live.has(s.node.id) && s.offeredRps > 0 && Number.isFinite(s.capacityRps) && s.node.kind !== "cdn");
  const loadOf = (s: (typeof stations)[number]) => Math.max(s.utilization, s.hotUnitUtilization);
  const busiest = stations.sort((a, b) => loadOf(b) - loadOf(a) || a.node.id.localeCompare(b.node.id))[0];
  const maxU = busiest ? loadOf(busiest) : 0;
  const headroom = maxU <= MODEL_CONSTANTS.utilizationTarget ? 1 : clamp01((1 - maxU) / (1 - MODEL_CONSTANTS.utilizationTarget));
  add({ id: "capacity", label: "Capacity at peak with headroom", weight: 6, credit: busiest ? headroom : 0, evidence: busiest ? `busiest node ${busiest.node.id}: ${r0(busiest.offeredRps)} of ${r0(busiest.capacityRps)} rps, utilisation ${f2(maxU)} (full credit ≤ ${MODEL_CONSTANTS.utilizationTarget}, none at 1)` : "no node carries traffic", concept: "horizontal-scaling" });
  // At the 0.7 utilisation target a tier has 1.4× the peak: a 2× spike then still serves 70 %.
  // Less than that means some tier has no headroom or something collapses under the surge.
  add({ id: "survives-2x-spike", label: "Degrades gracefully under a 2× spike", weight: 4, credit: clamp01((spike.servedAll - 0.5) / 0.2), evidence: `at 2× peak ${(spike.servedAll * 100).toFixed(1)} % of requests served (full credit ≥ 70 %, what 1.4× peak capacity gives; none ≤ 50 %)`, concept: "horizontal-scaling" });
  const { p99, classes } = judgedP99(setup, latency);
  add({ id: "latency-slo", label: "p99 latency within the SLO", weight: 7, credit: p99 === null ? 0 : p99 <= req.latencyP99Ms ? 1 : clamp01(req.latencyP99Ms / p99), evidence: p99 === null ? `${classes} are saturated: more than 1 % of them wait without end, so there is no finite p99 (no credit)` : `p99 of ${classes} ${f1(p99)} ms vs SLO ${req.latencyP99Ms} ms (credit SLO ÷ p99 when over; exact latency law, no sampling)`, concept: "cache" });
  const a = availability.estimate;
  const nines = (x: number) => -Math.log10(Math.max(1e-12, 1 - x));
  add({ id: "availability", label: "Availability meets the target", weight: 7, credit: a >= req.availabilityTarget ? 1 : clamp01(nines(a) / nines(req.availabilityTarget)), evidence: `${(a * 100).toFixed(4)} % (${f1(availability.downtimeMinutesPerYear)} min/yr) vs target ${(req.availabilityTarget * 100).toFixed(4)} %; credit in nines when short. ${availability.evidence}`, concept: "database-replication" });
  add({ id: "no-spof", label: "No single point of failure", weight: 5, credit: clamp01(1 - availability.spofs.length / 2), evidence: availability.spofs.length === 0 ? "losing any one node, or any one unit of a tier, leaves every class a path and enough capacity for the peak" : `${count(availability.spofs.length, "single point", "single points")} of failure: ${availability.spofs.join(", ")}${availability.capacitySpofs.length > 0 ? ` (${availability.capacitySpofs.map((c) => c.message).join("; ")})` : ""} (half the points each)`, concept: "single-point-of-failure" });
  const failures = scenarios.filter((s) => s.scenario.kind !== "baseline");
  const budgetUsed = failures.reduce((s, x) => s + x.errorBudgetShare, 0);
  const budgetMinutes = (1 - req.availabilityTarget) * 525600;
  add({ id: "scenarios-within-budget", label: "Failures fit the year's error budget", weight: 6, credit: failures.length === 0 ? 1 : budgetUsed <= 1 ? 1 : clamp01(1 / budgetUsed), evidence: failures.length === 0 ? "no failure scenario run" : `expected failed minutes a year use ${(budgetUsed * 100).toFixed(0)} % of the ${f1(budgetMinutes)}-minute yearly budget of ${req.availabilityTarget}: ${failures.map((s) => `${s.scenario.kind} ${(s.errorBudgetShare * 100).toFixed(s.errorBudgetShare < 0.01 ? 1 : 0)} %`).join(", ")} (credit 1 ÷ share when over)`, concept: "single-point-of-failure" });

  // Technical excellence: a pattern scores when its trigger holds, and only on live nodes.
  const tech = (id: string, label: string, weight: number, concept: string, trigger: boolean, triggerText: string, credit: number, evidence: string) =>
    add({ id, group: "technicalExcellence", label, weight, concept, credit: trigger ? credit : 1, evidence: trigger ? `${triggerText}; ${evidence}` : `not required (${triggerText})` });
  const liveOf = (kind: string) => graph.nodes.filter((n) => n.kind === kind && live.has(n.id));
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const cacheOnReads = [...readVisits].map((id) => graph.byId.get(id)!).filter((n) => n.kind === "cache");
  const hit = cacheOnReads.length > 0 ? Math.max(...cacheOnReads.map((c) => baseline.hitRatios.get(c.id) ?? 0)) : 0;
  // A cache pays off only when the reads fetch stored data (triggers.ts).
  const fetchesData = readsFetchData(setup, baseline);
  const cacheTrigger = readHeavy(setup) && fetchesData;
  tech("cache-when-read-heavy", "Cache on a read-heavy path", 4, "cache", cacheTrigger, `reads ${r0(peakRates.dynamicRead)} rps vs writes ${r0(peakRates.write)} rps at peak${fetchesData ? "" : ", and they fetch no stored data (nothing to cache)"}`, cacheOnReads.length === 0 ? 0 : hit >= 0.5 ? 1 : 0.5, cacheOnReads.length === 0 ? "no cache on the read path" : `cache hit ratio ${f2(hit)} (Che, Zipf ${MODEL_CONSTANTS.zipfS} over ${setup.dynamicKeys.toExponential(1)} keys; full credit ≥ 0.5)`);
  // A CDN is for what users read: media that is only written (stored pages, backups) is not egress.
  const servingCdns = liveOf("cdn").filter((n) => (baseline.loads.get(n.id)?.byClass.staticRead ?? 0) > 0);
  tech("cdn-for-static", "CDN for static and media egress", 3, "cdn", servesStaticToUsers(setup), `${r0(peakRates.staticRead)} static or media reads/s at peak, media share of writes ${req.mediaShareOfWrites}`, servingCdns.length > 0 ? 1 : 0, servingCdns.length > 0 ? `${servingCdns.map((n) => n.id).join(", ")} serves them` : "no CDN on the static path");
  const primaries = graph.nodes.filter((n) => n.isPrimary && live.has(n.id));
  const dbReadLoad = graph.nodes.filter((n) => (n.isPrimary || n.isReplica) && live.has(n.id)).reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.dynamicRead ?? 0), 0);
  const primaryCap = primaries.reduce((s, n) => s + n.capacityRpsPerInstance * n.units, 0);
  const replicasNeeded = primaries.length > 0 && (dbReadLoad > MODEL_CONSTANTS.utilizationTarget * primaryCap || req.availabilityTarget >= 0.999);
  const withReplica = primaries.filter((n) => (graph.replicasOf.get(n.id) ?? []).some((r) => live.has(r.id)) || n.instances > 1);
  tech("replicas", "Replicas for reads and failover", 3, "database-replication", replicasNeeded, `database reads ${r0(dbReadLoad)} rps vs primary capacity ${r0(primaryCap)}, availability target ${req.availabilityTarget}`, primaries.length === 0 ? 0 : withReplica.length / primaries.length, `${withReplica.length} of ${primaries.length} primaries have a replica or standby`);
  const writeLoad = primaries.reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.write ?? 0), 0);
  const perNodeWrites = primaries.length > 0 ? Math.min(...primaries.map((n) => n.capacityRpsPerInstance)) : 0;
  const fit = dataFit(setup, live);
  const unit = MODEL_CONSTANTS.storageBytesPerDatabaseUnit;
  const shardTrigger = (primaries.length > 0 && writeLoad > MODEL_CONSTANTS.utilizationTarget * perNodeWrites) || fit.bytes > unit;
  const sharded = primaries.filter((n) => (n.node.shards ?? 1) > 1);
  tech("shards", "Shards when writes or data outgrow a node", 2, "sharding", shardTrigger, `writes ${r0(writeLoad)} rps vs ${r0(perNodeWrites)} per node, data ${(fit.bytes / 1e12).toFixed(1)} TB vs ${unit / 1e12} TB per node`, sharded.length === 0 ? 0 : fit.fits ? (sharded.every((n) => n.node.shardKey) ? 1 : 0.5) : 0.25, sharded.length === 0 ? "no sharded database" : `${sharded.map((n) => `${n.id} ${n.node.shards} shards${n.node.shardKey ? ` by ${n.node.shardKey}` : " (no shard key named)"}`).join(", ")}${fit.fits ? "" : "; still too small for the data"}`);
  const writeVisits = planVisits(baseline.plans.write, new Set(), true);
  const queued = [...writeVisits].some((id) => graph.byId.get(id)?.kind === "message_queue");
  // Slow or unreliable work per write (media processing, provider calls, fan-out) is what a queue takes off the request.
  const slowMs = peakRates.write > 0 ? slowWorkMsPerWrite(setup) : 0;
  const slowWork = slowMs > 0;
  tech("queue-for-slow-work", "Queue for slow or async work", 2, "message-queue", slowWork, `${f1(slowMs)} ms of slow work per write (media share ${req.mediaShareOfWrites} × ${MODEL_CONSTANTS.mediaProcessingMs} ms of processing, ${req.slowWorkMsPerWrite} ms of other slow or external work)`, queued ? 1 : 0, queued ? "writes go through a queue to workers" : "the slow work runs inside the user's request");
  const regions = liveRegions(setup, live);
  const regionTrigger = req.userRegions.length > 1 || req.availabilityTarget >= 0.9999;
  const survivesRegion = availability.singleCuts.every((c) => c.kind !== "region");
  tech("multi-region", "Several regions for global users or ≥ 99.99 %", 2, "multi-data-center", regionTrigger, `${count(req.userRegions.length, "user region")}, target ${req.availabilityTarget}`, regions.length >= 2 ? (survivesRegion ? 1 : 0.5) : 0, `${count(regions.length, "region")} ${regions.length === 1 ? "carries" : "carry"} traffic${regions.length >= 2 ? (survivesRegion ? ", survives losing one" : ", but losing one still stops a class") : ""}`);
  const ratio = cost.ratioToRightSized;
  const sticky = liveOf("web_server").filter((n) => n.node.stateless === false);
  add({ id: "stateless-web-tier", group: "technicalExcellence", label: "Stateless web tier", weight: 2, credit: sticky.length === 0 ? 1 : 0, evidence: sticky.length === 0 ? "session state lives outside the web servers, so any server can take any request" : `${sticky.map((n) => n.id).join(", ")} keep session state: sticky sessions pin users to a server, so losing it logs them out and new servers take no existing users`, concept: "stateless-web-tier" });
  add({ id: "cost-efficiency", group: "technicalExcellence", label: "Cost in line with the load", weight: 3, credit: ratio <= 1.5 ? 1 : clamp01((4 - ratio) / 2.5), evidence: `$${r0(cost.monthlyUsd)} a month vs $${r0(cost.rightSizedMonthlyUsd)} for the same paths right-sized (each tier at ${MODEL_CONSTANTS.utilizationTarget} with one spare): ${ratio.toFixed(2)}× (full credit ≤ 1.5×, none from 4×)`, concept: "over-engineering" });
  // Over-engineering: unused components, and patterns that nothing in the requirements triggers.
  const waste: string[] = liveness.unused.map((n) => `${n.id} carries nothing`);
  if (regions.length >= 2 && !regionTrigger) waste.push(`${regions.length} regions for users in one region at ${req.availabilityTarget}`);
  if (sharded.length > 0 && !shardTrigger) waste.push(`shards (${sharded.map((n) => n.id).join(", ")}) while writes and data fit one node`);
  const liveQueues = liveOf("message_queue");
  if (liveQueues.length > 0 && !slowWork) waste.push(`a queue (${liveQueues.map((n) => n.id).join(", ")}) with no slow work to take off the request`);
  overEngineering.push(...waste);
  add({ id: "no-over-engineering", group: "technicalExcellence", label: "Nothing the requirements do not need", weight: 5, credit: clamp01(1 - waste.length / 3), evidence: waste.length === 0 ? "every component carries traffic and every pattern has a reason" : `${waste.length} without a need (a third of the points each): ${waste.join("; ")}`, concept: "over-engineering" });
  const fleet = fleetSize(setup, live);
  const watched = ["logging", "metrics"].filter((k) => liveOf(k).length > 0).length;
  tech("observability", "Logging and metrics for the fleet", 2, "logging-metrics", fleet > MODEL_CONSTANTS.observabilityFleetSize, `${fleet} instances in all`, watched / 2, watched === 2 ? "logging and metrics are wired in" : watched === 1 ? "only one of logging and metrics" : "no logging or metrics");
  // Flaws: every criterion that fails outright, and every over-engineered part on its own.
  const flaws: Flaw[] = [
    ...out.filter((d) => d.id !== "no-over-engineering" && d.credit !== null && d.credit <= 0).map((d) => ({ id: d.id, message: `${d.label}: ${d.evidence}` })),
    ...overEngineering.map((w, i) => ({ id: `over-engineering-${i + 1}`, message: w })),
  ];
  return { drafts: out, flaws };
}
