import { MODEL_CONSTANTS } from "./catalog.ts";
import type { CostReport } from "./cost.ts";
import { isDatabase, SIDE_KINDS } from "./graph.ts";
import type { AvailabilityResult } from "./availability-graph.ts";
import type { Liveness } from "./live.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { failReasons, planVisits } from "./plan-walk.ts";
import type { UserClass } from "./routing.ts";
import type { Finding } from "./schema.ts";
import { isMeaningfulEdge, meaninglessEdgeReason } from "./semantics.ts";
import { dataFit } from "./data-fit.ts";
import { readHeavy, readsFetchData, servesStaticToUsers } from "./triggers.ts";
import { count } from "./words.ts";

export { planVisits } from "./plan-walk.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const WHOLE = new Intl.NumberFormat("en-US"); // reused: toLocaleString builds one per call
const r0 = (x: number) => WHOLE.format(Math.round(x));

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

const CLASS_LABEL: Record<UserClass, string> = { dynamicRead: "Dynamic reads", write: "Writes", staticRead: "Static reads" };

/** Findings: what the design gets wrong or risks, each tied to a concept note. */
export function computeFindings({ setup, baseline, coldStart, availability, liveness, cost, rightSizedUsd, rightSize }: FindingInputs): Finding[] {
  const f: Finding[] = [];
  const { graph, req, peakRates } = setup;
  const stations = [...baseline.stations.values()];
  const live = liveness.live;

  if (!graph.nodes.some((n) => n.kind === "client")) {
    f.push({ id: "no-client", severity: "critical", concept: "load-balancer", message: "The design has no Users (client) node, so no request enters it: add the users and draw their requests into the design.", nodes: [] });
  }
  const meaningless = new Map<string, { from: string[]; to: string[]; reason: string }>();
  for (const e of setup.graph.nodes.flatMap((n) => graph.successors.get(n.id)!.map((to) => ({ from: n, to })))) {
    if (isMeaningfulEdge(e.from.kind, e.to.kind)) continue;
    const k = `${e.from.kind}>${e.to.kind}`;
    const entry = meaningless.get(k) ?? { from: [], to: [], reason: meaninglessEdgeReason(e.from.kind, e.to.kind) };
    entry.from.push(e.from.id);
    entry.to.push(e.to.id);
    meaningless.set(k, entry);
  }
  for (const m of meaningless.values()) {
    const pairs = m.from.map((from, i) => `${from} → ${m.to[i]}`).join(", ");
    f.push({ id: "meaningless-edge", severity: "warning", concept: "load-balancer", message: `No request can travel over ${pairs}: ${m.reason}`, nodes: [...new Set([...m.from, ...m.to])] });
  }

  for (const cls of ["dynamicRead", "write", "staticRead"] as const) {
    if (peakRates[cls] <= 0) continue;
    const reasons = failReasons(baseline.plans[cls]);
    if (baseline.served[cls] === 0 && reasons.length > 0) {
      f.push({ id: `unroutable-${cls}`, severity: "critical", concept: "load-balancer", message: `${CLASS_LABEL[cls]} (${r0(peakRates[cls])} rps at peak) have no way through the design: ${[...new Set(reasons)].join("; ")}.`, nodes: [] });
    }
  }
  for (const id of availability.spofs) {
    const n = graph.byId.get(id)!;
    const capacity = availability.capacitySpofs.find((c) => c.id === id);
    const classes = availability.singleCuts.find((c) => c.id === id)?.classes ?? [];
    const message =
      classes.length > 0 && n.instances === 1
        ? `${id} (${n.kind}, 1 instance, availability ${n.availabilityPerInstance}) is a single point of failure: losing it stops ${classes.map((c) => CLASS_LABEL[c].toLowerCase()).join(", ")}. Add a second instance, a standby or a replica.`
        : `${id} is a capacity single point of failure: ${capacity?.message ?? "losing it overloads the rest"}. Redundancy means the rest can still carry the peak (N+1): add capacity so that losing any one unit leaves enough.`;
    f.push({ id: "spof", severity: "critical", concept: "single-point-of-failure", message, nodes: [id, ...(capacity?.overloaded.map((o) => o.id).filter((x) => x !== id) ?? [])] });
  }
  const regionCuts = availability.singleCuts.filter((c) => c.kind === "region");
  if (regionCuts.length > 0 && (req.availabilityTarget >= 0.9999 || req.userRegions.length > 1)) {
    f.push({ id: "single-region", severity: "warning", concept: "multi-data-center", message: `Everything runs in ${regionCuts.map((r) => r.id).join(", ")}: a region outage (availability ${MODEL_CONSTANTS.regionAvailability}) stops the service, which alone caps availability below the ${req.availabilityTarget} target.`, nodes: [] });
  }
  const designRegions = new Set(graph.nodes.filter((n) => !SIDE_KINDS.includes(n.kind) && n.region !== null).map((n) => n.region));
  if (req.userRegions.length > 1 && designRegions.size <= 1) {
    f.push({ id: "one-region-global-users", severity: "warning", concept: "multi-data-center", message: `Users are in ${req.userRegions.join(", ")} but every server is in ${[...designRegions].join(", ") || graph.homeRegion}: the others pay a ${MODEL_CONSTANTS.interRegionRttMs} ms intercontinental round trip on every request.`, nodes: [] });
  } else if (req.userRegions.length > 1 && !setup.geoRouting) {
    f.push({ id: "no-geo-routing", severity: "info", concept: "geo-routing", message: `Servers run in ${[...designRegions].join(", ")} but no DNS node has geoRouting: users are spread by capacity, not sent to their nearest region.`, nodes: [] });
  }
  for (const s of stations) {
    if (s.offeredRps <= 0) continue;
    const id = s.node.id;
    if (s.utilization >= 1) {
      const concept = isDatabase(s.node) ? (s.node.isPrimary && (s.node.node.shards ?? 1) === 1 && (baseline.loads.get(id)?.byClass.write ?? 0) > 0.5 * s.offeredRps ? "sharding" : "database-replication") : "horizontal-scaling";
      f.push({ id: "saturated", severity: "critical", concept, message: `${id} is offered ${r0(s.offeredRps)} rps at peak against a capacity of ${r0(s.capacityRps)} (${count(s.units, "unit")} × ${r0(s.capacityRps / Math.max(s.units, 1))}): utilisation ${s.utilization.toFixed(2)}; ${pct(1 - s.servedFactor)} of its requests fail.`, nodes: [id] });
    } else if (s.utilization > MODEL_CONSTANTS.utilizationTarget) {
      f.push({ id: "high-utilization", severity: "warning", concept: "horizontal-scaling", message: `${id} runs at ${pct(s.utilization)} at peak (${r0(s.offeredRps)} of ${r0(s.capacityRps)} rps); above ${pct(MODEL_CONSTANTS.utilizationTarget)} queues grow fast and a spike saturates it.`, nodes: [id] });
    }
    if (s.hotUnitUtilization >= 1 && s.utilization < 1) {
      const hot = baseline.loads.get(id)?.hotRps ?? 0;
      f.push({ id: "celebrity-key", severity: "warning", concept: "celebrity-problem", message: `The hottest key (${pct(hot / Math.max(s.offeredRps, 1e-9))} of ${id}'s reads, ${r0(hot)} rps) lands on one of its ${s.units} units, which then runs at ${s.hotUnitUtilization.toFixed(2)}× capacity. Replicate or salt hot keys.`, nodes: [id] });
    }
    if (s.node.kind === "web_server" && s.node.node.stateless === false) {
      f.push({ id: "sticky-sessions", severity: "warning", concept: "sticky-sessions", message: `${id} keeps session state (stateless: false): the load balancer must pin users to one server, so losing it logs them out and new servers take no existing users. Move sessions to a shared store.`, nodes: [id] });
    }
    const right = rightSize.get(id) ?? s.node.units;
    if (s.node.units > 2 && s.node.units >= 2 * right && s.node.kind !== "load_balancer") {
      f.push({ id: "over-provisioned", severity: "info", concept: "back-of-the-envelope", message: `${id} has ${s.node.units} units at ${pct(s.utilization)} utilisation at peak; ${right} would stay under ${pct(MODEL_CONSTANTS.utilizationTarget)} with a spare.`, nodes: [id] });
    }
  }
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const hasCacheOnReads = [...readVisits].some((id) => graph.byId.get(id)?.kind === "cache");
  if (readHeavy(setup) && readsFetchData(setup, baseline) && !hasCacheOnReads && graph.nodes.some(isDatabase)) {
    const dbLoad = stations.filter((s) => isDatabase(s.node)).reduce((m, s) => Math.max(m, s.utilization), 0);
    f.push({ id: "no-cache", severity: "warning", concept: "cache", message: `Reads outnumber writes ${(peakRates.dynamicRead / Math.max(peakRates.write, 1e-9)).toFixed(1)}:1 (${r0(peakRates.dynamicRead)} rps at peak) and every one reaches the database (busiest at ${pct(dbLoad)}): a cache in front of it would serve the popular keys from memory.`, nodes: [] });
  }
  const staticEgress = req.bytesPerRead * peakRates.staticRead;
  if (!graph.nodes.some((n) => n.kind === "cdn") && servesStaticToUsers(setup)) {
    f.push({ id: "no-cdn", severity: "warning", concept: "cdn", message: `${r0(peakRates.staticRead)} static reads/s at peak (${(staticEgress / 1e6).toFixed(1)} MB/s) all come from the origin: a CDN would serve them near users at ~$${0.085}/GB and take the load off the servers.`, nodes: [] });
  }
  for (const n of graph.nodes.filter((x) => x.isReplica && live.has(x.id))) {
    const mode = n.node.replication ?? "async";
    if (mode === "async") {
      const atRisk = Math.round(MODEL_CONSTANTS.asyncLagSeconds * peakRates.write);
      f.push({ id: "replication-lag", severity: "warning", concept: "replication-lag", message: `${n.id} replicates ${n.node.replicaOf} asynchronously: reads may be ${MODEL_CONSTANTS.asyncLagSeconds} s stale and losing the primary loses about ${atRisk} writes (${MODEL_CONSTANTS.asyncLagSeconds} s lag × ${r0(peakRates.write)} writes/s).`, nodes: [n.id] });
    }
  }
  if (coldStart) {
    const overloaded = [...coldStart.stations.values()].filter((s) => isDatabase(s.node) && s.utilization >= 1);
    if (overloaded.length > 0) {
      f.push({ id: "cache-stampede", severity: "warning", concept: "cache", message: `After a cache flush every read misses: ${overloaded.map((s) => `${s.node.id} is offered ${r0(s.offeredRps)} rps, ${s.utilization.toFixed(1)}× its capacity`).join("; ")}, until the cache warms. Warm caches gradually or rate-limit misses.`, nodes: overloaded.map((s) => s.node.id) });
    }
  }
  const hasLive = (kind: string) => graph.nodes.some((n) => n.kind === kind && live.has(n.id));
  if (!hasLive("logging") || !hasLive("metrics")) {
    const missing = ["logging", "metrics"].filter((k) => !hasLive(k));
    const fleet = fleetSize(setup, live);
    const large = fleet > MODEL_CONSTANTS.observabilityFleetSize;
    f.push({ id: "no-observability", severity: large ? "warning" : "info", concept: "logging-metrics", message: `No ${missing.join(" or ")} wired to the design${large ? ` across ${fleet} instances` : ""}: failures and saturation would go unnoticed until users report them.`, nodes: [] });
  }
  for (const q of graph.nodes.filter((n) => n.kind === "message_queue")) {
    const workers = graph.successors.get(q.id)!.filter((s) => s.kind === "worker");
    if (workers.length === 0) {
      f.push({ id: "queue-without-consumer", severity: "critical", concept: "message-queue", message: `${q.id} has no worker consuming it: jobs pile up forever.`, nodes: [q.id] });
      continue;
    }
    for (const w of workers) {
      const st = baseline.stations.get(w.id);
      if (st && st.utilization >= 1) {
        f.push({ id: "queue-backlog", severity: "warning", concept: "message-queue", message: `Workers ${w.id} take ${r0(st.capacityRps)} jobs/s but ${r0(st.offeredRps)} arrive: the queue grows by ${r0(st.offeredRps - st.capacityRps)} jobs every second. Add consumers.`, nodes: [w.id] });
      }
    }
  }
  for (const n of liveness.unused) {
    f.push({ id: "unused-component", severity: "warning", concept: "over-engineering", message: `${n.id} (${n.kind.replaceAll("_", " ")}) carries no request: nothing on a request path leads to it, so it earns nothing and only costs.`, nodes: [n.id] });
  }
  if (cost.ratioToRightSized >= 3) {
    const over = cost.lines
      .map((l) => ({ node: l.node, usd: l.usd - (rightSizedUsd.get(l.node) ?? 0) }))
      .filter((x) => x.usd > 0.5)
      .sort((a, b) => b.usd - a.usd || a.node.localeCompare(b.node))
      .slice(0, 4);
    f.push({ id: "cost-over-need", severity: "warning", concept: "over-engineering", message: `The design costs $${r0(cost.monthlyUsd)} a month, ${cost.ratioToRightSized.toFixed(1)}× the $${r0(cost.rightSizedMonthlyUsd)} of the same paths right-sized (each tier at ${pct(MODEL_CONSTANTS.utilizationTarget)} with one spare). Most of the difference: ${over.map((o) => `${o.node} +$${r0(o.usd)}`).join(", ")}.`, nodes: over.map((o) => o.node).filter((id) => graph.byId.has(id)) });
  }
  const fit = dataFit(setup, live);
  if (!fit.fits) {
    f.push({ id: "data-does-not-fit", severity: "critical", concept: "sharding", message: fit.message, nodes: fit.nodes });
  }
  if (req.consistency === "strong") {
    const asyncReaders = graph.nodes.filter((n) => n.isReplica && (n.node.replication ?? "async") !== "sync");
    if (asyncReaders.length > 0) {
      f.push({ id: "stale-replicas-excluded", severity: "info", concept: "replication-lag", message: `Strong consistency: reads skip ${asyncReaders.map((n) => n.id).join(", ")} (not sync), so the primary takes them all.`, nodes: asyncReaders.map((n) => n.id) });
    }
  }
  const order = { critical: 0, warning: 1, info: 2 } as const;
  return f.sort((a, b) => order[a.severity] - order[b.severity]);
}
