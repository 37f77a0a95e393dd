import { MODEL_CONSTANTS } from "./catalog.ts";
import type { Percentiles } from "./latency.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import type { Criterion, Finding, ProcessBlock, ScenarioResult } from "./schema.ts";
import { SCORE_BANDS } from "./schema.ts";
import { planVisits } from "./findings.ts";
import { alive, type AvailabilityResult } from "./availability-graph.ts";

export type RubricWeights = { problemNavigation?: number; solutionDesign?: number; technicalExcellence?: number; communication?: number };
type Group = Criterion["group"];
const DEFAULT_WEIGHTS: Record<Group, number> = { problemNavigation: 25, solutionDesign: 35, technicalExcellence: 25, communication: 15 };

export type ScoreInputs = {
  setup: ModelSetup;
  baseline: Evaluation;
  spike: Evaluation;
  latency: Record<"dynamicRead" | "write" | "staticRead", Percentiles>;
  availability: AvailabilityResult;
  scenarios: ScenarioResult[];
  findings: Finding[];
  process: ProcessBlock | undefined;
  rubric: RubricWeights | undefined;
};

export type Score = { total: number; max: number; band: (typeof SCORE_BANDS)[number]; assessedMax: number; criteria: Criterion[] };

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** Full credit inside [lo, hi] minutes, falling linearly to 0 at lo/2 and at 2·hi. */
export function bandCredit(seconds: number, [lo, hi]: [number, number]): number {
  const m = seconds / 60;
  if (m >= lo && m <= hi) return 1;
  if (m < lo) return clamp01((m - lo / 2) / (lo / 2));
  return clamp01((2 * hi - m) / hi);
}

export function band(percent: number): Score["band"] {
  if (percent >= 90) return "strong hire";
  if (percent >= 75) return "hire";
  if (percent >= 60) return "lean hire";
  if (percent >= 40) return "lean no hire";
  return "no hire";
}

type Draft = Omit<Criterion, "points" | "max" | "result"> & { weight: number; credit: number | null };

/**
 * The 100-point score of SIMULATOR.md "Scoring". Each criterion has a weight inside its group;
 * a group's weights are scaled to the rubric's maximum for that group. Design and technical
 * criteria come from the document; process criteria from the `process` block, and without it
 * they are "not-assessed" and the total is points ÷ assessed maximum × maximum.
 */
export function computeScore(input: ScoreInputs): Score {
  const { setup, baseline, spike, latency, availability, scenarios, process } = input;
  const { req, peakRates, graph } = setup;
  const drafts: Draft[] = [];
  const add = (d: Draft) => drafts.push(d);

  // 1. Problem navigation
  const p = process;
  const defaultBands: [number, number][] = [[3, 10], [10, 15], [10, 25], [3, 5]];
  const bands = (p?.phaseBandsMinutes as [number, number][] | undefined) ?? defaultBands;
  if (p) {
    const asked = clamp01(p.questionsBeforeFirstComponent / 3);
    const facts = p.keyFactsTotal > 0 ? clamp01(p.keyFactsRevealed / p.keyFactsTotal) : 1;
    add({ id: "clarified-before-drawing", group: "problemNavigation", label: "Clarified the problem before drawing", weight: 8, credit: 0.5 * asked + 0.5 * facts, evidence: `${p.questionsBeforeFirstComponent} questions before the first component (3 for full credit); ${p.keyFactsRevealed} of ${p.keyFactsTotal} key facts revealed`, concept: "back-of-the-envelope" });
    add({ id: "requirements-filled", group: "problemNavigation", label: "Wrote the requirements down", weight: 6, credit: clamp01(p.requirementFieldsFilled / 10), evidence: `${p.requirementFieldsFilled} requirement fields filled (10 for full credit) and ${p.assumptionsStated} assumptions stated`, concept: "back-of-the-envelope" });
    const truth: Record<string, number> = {
      readQps: setup.estimates.readQps.average + setup.estimates.staticQps.average,
      writeQps: setup.estimates.writeQps.average,
      peakQps: peakRates.dynamicRead + peakRates.staticRead + peakRates.write,
      storageBytesPerDay: setup.estimates.storageBytesPerDay,
      storageBytesOverRetention: setup.estimates.storageBytesOverRetention,
      egressBytesPerSecond: setup.estimates.egressBytesPerSecond,
    };
    const given = Object.entries(p.candidateEstimates).filter(([, v]) => v !== undefined) as [string, number][];
    const within = given.filter(([k, v]) => truth[k] > 0 ? v / truth[k] >= 0.5 && v / truth[k] <= 2 : v === 0);
    add({ id: "estimates-within-2x", group: "problemNavigation", label: "Estimates within 2× of the simulator's", weight: 6, credit: clamp01(within.length / 3), evidence: given.length === 0 ? "no estimates written" : `${within.length} of ${given.length} estimates within 2× (3 needed): ${given.map(([k, v]) => `${k} ${v.toPrecision(3)} vs ${truth[k].toPrecision(3)}`).join(", ")}`, concept: "back-of-the-envelope" });
    add({ id: "phase-1-in-band", group: "problemNavigation", label: "Phase 1 within its time band", weight: 5, credit: bandCredit(p.phaseSeconds[0], bands[0]), evidence: `phase 1 took ${f1(p.phaseSeconds[0] / 60)} min (band ${bands[0][0]}-${bands[0][1]} min; zero at half the lower or twice the upper bound)`, concept: "back-of-the-envelope" });
  } else {
    for (const [id, label, weight] of [["clarified-before-drawing", "Clarified the problem before drawing", 8], ["requirements-filled", "Wrote the requirements down", 6], ["estimates-within-2x", "Estimates within 2× of the simulator's", 6], ["phase-1-in-band", "Phase 1 within its time band", 5]] as const) {
      add({ id, group: "problemNavigation", label, weight, credit: null, evidence: "not assessed: the document has no process block (no interview)", concept: "back-of-the-envelope" });
    }
  }

  // A design counts only for the traffic it can route at all: every design and technical credit
  // is multiplied by the share of peak requests whose class has a complete path (an empty board
  // must not collect "not required" and "no SPOF" points).
  const classes = ["dynamicRead", "write", "staticRead"] as const;
  const totalRate = classes.reduce((s, c) => s + peakRates[c], 0);
  const routable = totalRate > 0 ? classes.reduce((s, c) => s + (alive(baseline.plans[c], new Set()) ? peakRates[c] : 0), 0) / totalRate : 1;
  const firstDesign = drafts.length;

  // 2. Solution design (from the document)
  const stations = [...baseline.stations.values()].filter((s) => s.offeredRps > 0 && Number.isFinite(s.capacityRps) && s.node.kind !== "cdn");
  const busiest = stations.sort((a, b) => b.utilization - a.utilization || a.node.id.localeCompare(b.node.id))[0];
  const maxU = busiest ? busiest.utilization : 0;
  const headroom = maxU <= MODEL_CONSTANTS.utilizationTarget ? 1 : clamp01((1 - maxU) / (1 - MODEL_CONSTANTS.utilizationTarget));
  add({ id: "capacity", group: "solutionDesign", label: "Capacity at peak with headroom", weight: 6, credit: headroom, evidence: busiest ? `busiest node ${busiest.node.id}: ${Math.round(busiest.offeredRps)} of ${Math.round(busiest.capacityRps)} rps, utilisation ${f2(maxU)} (full credit ≤ ${MODEL_CONSTANTS.utilizationTarget}, none at 1)` : "no node carries traffic", concept: "horizontal-scaling" });
  add({ id: "survives-2x-spike", group: "solutionDesign", label: "Survives a 2× traffic spike", weight: 4, credit: clamp01((spike.servedAll - 0.9) / 0.099), evidence: `at 2× peak ${(spike.servedAll * 100).toFixed(2)} % of requests served (full credit ≥ 99.9 %, none ≤ 90 %)`, concept: "horizontal-scaling" });
  const worstP99 = Math.max(latency.dynamicRead.p99Ms, latency.write.p99Ms);
  const servedOk = baseline.served.dynamicRead > 0 || peakRates.dynamicRead === 0;
  add({ id: "latency-slo", group: "solutionDesign", label: "p99 latency within the SLO", weight: 7, credit: !servedOk ? 0 : worstP99 <= req.latencyP99Ms ? 1 : clamp01(req.latencyP99Ms / worstP99), evidence: `p99 dynamic read ${latency.dynamicRead.p99Ms} ms, write ${latency.write.p99Ms} ms vs SLO ${req.latencyP99Ms} ms (credit SLO ÷ p99 when over)`, concept: "cache" });
  const a = availability.estimate;
  const nines = (x: number) => -Math.log10(Math.max(1e-12, 1 - x));
  add({ id: "availability", group: "solutionDesign", label: "Availability meets the target", weight: 7, credit: a >= req.availabilityTarget ? 1 : clamp01(nines(a) / nines(req.availabilityTarget)), evidence: `${(a * 100).toFixed(4)} % (${f1(availability.downtimeMinutesPerYear)} min/yr) vs target ${(req.availabilityTarget * 100).toFixed(4)} %; credit in nines when short. ${availability.evidence}`, concept: "database-replication" });
  add({ id: "no-spof", group: "solutionDesign", label: "No single point of failure", weight: 5, credit: clamp01(1 - availability.spofs.length / 2), evidence: availability.spofs.length === 0 ? "removing any one node leaves every request class a path" : `${availability.spofs.length} SPOF(s): ${availability.spofs.join(", ")} (half the points each)`, concept: "single-point-of-failure" });
  const failures = scenarios.filter((s) => s.scenario.kind !== "baseline");
  const ok = failures.filter((s) => s.withinErrorBudget);
  add({ id: "scenarios-within-budget", group: "solutionDesign", label: "Failure scenarios within the error budget", weight: 6, credit: failures.length === 0 ? 1 : ok.length / failures.length, evidence: failures.length === 0 ? "no failure scenario run" : `${ok.length} of ${failures.length} scenarios fail fewer requests than a month's error budget (1 − ${req.availabilityTarget}): ${failures.map((s) => `${s.scenario.kind} ${(s.errorBudgetShare * 100).toFixed(0)} %`).join(", ")}`, concept: "single-point-of-failure" });

  // 3. Technical excellence: a pattern scores when its trigger holds.
  const kinds = new Set(graph.nodes.map((n) => n.kind));
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const cacheOnReads = [...readVisits].map((id) => graph.byId.get(id)!).filter((n) => n.kind === "cache");
  const hit = cacheOnReads.length > 0 ? Math.max(...cacheOnReads.map((c) => baseline.hitRatios.get(c.id) ?? 0)) : 0;
  const readHeavy = peakRates.dynamicRead >= 3 * peakRates.write && peakRates.dynamicRead >= 100;
  const pattern = (id: string, label: string, weight: number, concept: string, trigger: boolean, triggerText: string, credit: number, evidence: string) =>
    add({ id, group: "technicalExcellence", label, weight, concept, credit: trigger ? credit : 1, evidence: trigger ? `${triggerText}; ${evidence}` : `not required (${triggerText})` });
  pattern("cache-when-read-heavy", "Cache on a read-heavy path", 5, "cache", readHeavy, `reads ${Math.round(peakRates.dynamicRead)} rps vs writes ${Math.round(peakRates.write)} rps at peak`, cacheOnReads.length === 0 ? 0 : hit >= 0.5 ? 1 : 0.5, cacheOnReads.length === 0 ? "no cache on the read path" : `cache hit ratio ${f2(hit)} (Che, Zipf ${MODEL_CONSTANTS.zipfS} over ${setup.dynamicKeys.toExponential(1)} keys; full credit ≥ 0.5)`);
  const mediaOrStatic = peakRates.staticRead >= 100 || req.mediaShareOfWrites > 0;
  pattern("cdn-for-static", "CDN for static and media egress", 4, "cdn", mediaOrStatic, `${Math.round(peakRates.staticRead)} static reads/s at peak, media share ${req.mediaShareOfWrites}`, kinds.has("cdn") ? 1 : 0, kinds.has("cdn") ? "a CDN serves them" : "no CDN");
  const primaries = graph.nodes.filter((n) => n.isPrimary);
  const dbReadLoad = primaries.reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.dynamicRead ?? 0), 0) + graph.nodes.filter((n) => n.isReplica).reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.dynamicRead ?? 0), 0);
  const primaryCap = primaries.reduce((s, n) => s + n.capacityRpsPerInstance * n.units, 0);
  const replicasNeeded = (dbReadLoad > MODEL_CONSTANTS.utilizationTarget * primaryCap || req.availabilityTarget >= 0.999);
  const withReplica = primaries.filter((n) => (graph.replicasOf.get(n.id) ?? []).length > 0 || n.instances > 1);
  pattern("replicas", "Replicas for reads and failover", 4, "database-replication", replicasNeeded, `database reads ${Math.round(dbReadLoad)} rps vs primary capacity ${Math.round(primaryCap)}, availability target ${req.availabilityTarget}`, primaries.length === 0 ? 0 : withReplica.length / primaries.length, `${withReplica.length} of ${primaries.length} primaries have a replica or standby`);
  const storagePerNodeLimit = 10e12;
  const writeLoad = primaries.reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.write ?? 0), 0);
  const perNodeWrites = primaries.length > 0 ? Math.min(...primaries.map((n) => n.capacityRpsPerInstance)) : 0;
  // Media belongs in object storage when there is one; only rows then weigh on the database.
  const perWrite = req.bytesPerWrite + req.mediaShareOfWrites * req.bytesPerMedia;
  const rowShare = kinds.has("object_storage") && perWrite > 0 ? req.bytesPerWrite / perWrite : 1;
  const dbBytes = setup.estimates.storageBytesOverRetention * rowShare;
  const shardTrigger = (primaries.length > 0 && writeLoad > MODEL_CONSTANTS.utilizationTarget * perNodeWrites) || dbBytes > storagePerNodeLimit;
  const sharded = primaries.filter((n) => (n.node.shards ?? 1) > 1);
  pattern("shards", "Shards when writes or data outgrow a node", 4, "sharding", shardTrigger, `writes ${Math.round(writeLoad)} rps vs ${perNodeWrites} per node, database data ${(dbBytes / 1e12).toFixed(1)} TB vs ${storagePerNodeLimit / 1e12} TB per node`, sharded.length === 0 ? 0 : sharded.every((n) => n.node.shardKey) ? 1 : 0.5, sharded.length === 0 ? "no sharded database" : `${sharded.map((n) => `${n.id} ${n.node.shards} shards${n.node.shardKey ? ` by ${n.node.shardKey}` : " (no shard key named)"}`).join(", ")}`);
  const writeVisits = planVisits(baseline.plans.write, new Set(), true);
  const queued = [...writeVisits].some((id) => graph.byId.get(id)?.kind === "message_queue");
  pattern("queue-for-slow-work", "Queue for slow or async work", 3, "message-queue", req.mediaShareOfWrites > 0, `media share of writes ${req.mediaShareOfWrites} (${MODEL_CONSTANTS.mediaProcessingMs} ms of processing each)`, queued ? 1 : 0, queued ? "writes go through a queue to workers" : "media is processed inside the user's request");
  const regionsUsed = new Set(graph.nodes.filter((n) => n.region !== null && n.kind !== "logging" && n.kind !== "metrics").map((n) => n.region));
  const regionTrigger = req.userRegions.length > 1 || req.availabilityTarget >= 0.9999;
  const survivesRegion = availability.singleCuts.every((c) => c.kind !== "region");
  pattern("multi-region", "Several regions for global users or ≥ 99.99 %", 3, "multi-data-center", regionTrigger, `${req.userRegions.length} user region(s), target ${req.availabilityTarget}`, regionsUsed.size >= 2 ? (survivesRegion ? 1 : 0.5) : 0, `${regionsUsed.size} region(s) in the design${regionsUsed.size >= 2 ? (survivesRegion ? ", survives losing one" : ", but losing one still stops a class") : ""}`);
  const waste = input.findings.filter((x) => x.id === "over-provisioned" || x.id === "unused-component");
  add({ id: "no-over-engineering", group: "technicalExcellence", label: "No components or capacity without a need", weight: 2, credit: clamp01(1 - waste.length / 2), evidence: waste.length === 0 ? "every component carries traffic at a sensible utilisation" : `${waste.length} unjustified: ${waste.map((w) => w.nodes.join(",")).join("; ")}`, concept: "back-of-the-envelope" });

  if (routable < 1) {
    for (const d of drafts.slice(firstDesign)) {
      if (d.credit === null) continue;
      d.credit *= routable;
      d.evidence += ` (× ${routable.toFixed(2)}: only that share of peak requests has a complete path)`;
    }
  }

  // 4. Communication
  if (p) {
    const phases = [1, 2, 3].map((i) => bandCredit(p.phaseSeconds[i], bands[i]));
    add({ id: "phases-in-band", group: "communication", label: "Time per phase inside the bands", weight: 6, credit: phases.reduce((s, x) => s + x, 0) / 3, evidence: `phases 2-4: ${[1, 2, 3].map((i) => `${f1(p.phaseSeconds[i] / 60)} min (band ${bands[i][0]}-${bands[i][1]})`).join(", ")}`, concept: "back-of-the-envelope" });
    add({ id: "wrap-up", group: "communication", label: "Wrap-up written", weight: 3, credit: clamp01(p.wrapUpWords / 50), evidence: `${p.wrapUpWords} words of wrap-up (50 for full credit)`, concept: "back-of-the-envelope" });
    add({ id: "assumptions-units", group: "communication", label: "Assumptions and units written", weight: 2, credit: (p.assumptionsStated > 0 ? 0.5 : 0) + (p.unitsWritten ? 0.5 : 0), evidence: `${p.assumptionsStated} assumptions stated; units ${p.unitsWritten ? "written" : "missing"}`, concept: "back-of-the-envelope" });
    add({ id: "tradeoffs", group: "communication", label: "Trade-offs noted", weight: 2, credit: p.tradeoffsNoted ? 1 : 0, evidence: p.tradeoffsNoted ? "trade-offs noted" : "no trade-offs noted", concept: "back-of-the-envelope" });
    add({ id: "feedback-in-phase-2", group: "communication", label: "Asked for buy-in on the high-level design", weight: 2, credit: p.feedbackRequestedInPhase2 ? 1 : 0, evidence: p.feedbackRequestedInPhase2 ? "feedback requested in phase 2" : "no feedback requested in phase 2", concept: "back-of-the-envelope" });
  } else {
    for (const [id, label, weight] of [["phases-in-band", "Time per phase inside the bands", 6], ["wrap-up", "Wrap-up written", 3], ["assumptions-units", "Assumptions and units written", 2], ["tradeoffs", "Trade-offs noted", 2], ["feedback-in-phase-2", "Asked for buy-in on the high-level design", 2]] as const) {
      add({ id, group: "communication", label, weight, credit: null, evidence: "not assessed: the document has no process block (no interview)", concept: "back-of-the-envelope" });
    }
  }

  const weights: Record<Group, number> = { ...DEFAULT_WEIGHTS };
  for (const g of Object.keys(weights) as Group[]) {
    const w = input.rubric?.[g];
    if (typeof w === "number" && Number.isFinite(w) && w >= 0) weights[g] = w;
  }
  const groupWeight: Record<Group, number> = { problemNavigation: 0, solutionDesign: 0, technicalExcellence: 0, communication: 0 };
  for (const d of drafts) groupWeight[d.group] += d.weight;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const criteria: Criterion[] = drafts.map((d) => {
    const max = round1((weights[d.group] * d.weight) / groupWeight[d.group]);
    const points = d.credit === null ? 0 : round1(max * d.credit);
    const result: Criterion["result"] = d.credit === null ? "not-assessed" : d.credit >= 0.999 ? "pass" : d.credit <= 0 ? "fail" : "partial";
    return { id: d.id, group: d.group, label: d.label, result, points, max, evidence: d.evidence, concept: d.concept };
  });
  const max = round1((Object.values(weights) as number[]).reduce((s, w) => s + w, 0));
  const assessed = criteria.filter((c) => c.result !== "not-assessed");
  const assessedMax = round1(assessed.reduce((s, c) => s + c.max, 0));
  const raw = assessed.reduce((s, c) => s + c.points, 0);
  const total = assessedMax > 0 ? Math.round((raw / assessedMax) * max) : 0;
  if (assessedMax < max) {
    criteria.push({ id: "scaling", group: "communication", label: "Scaled from what was assessed", result: "not-assessed", points: 0, max: 0, evidence: `total = ${round1(raw)} points ÷ ${assessedMax} assessed × ${max} = ${total}; criteria without a process block are not assessed`, concept: "back-of-the-envelope" });
  }
  return { total, max, band: band(max > 0 ? (total / max) * 100 : 0), assessedMax, criteria };
}

