import { MODEL_CONSTANTS } from "./catalog.ts";
import { isDatabase, SIDE_KINDS } from "./graph.ts";
import type { AvailabilityResult } from "./availability-graph.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import type { Plan, UserClass } from "./routing.ts";
import type { Finding } from "./schema.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const r0 = (x: number) => Math.round(x).toLocaleString("en-US");

export function planVisits(plan: Plan, out = new Set<string>(), mainOnly = false): Set<string> {
  switch (plan.t) {
    case "visit":
      out.add(plan.node.id);
      break;
    case "seq":
      plan.steps.forEach((s) => planVisits(s, out, mainOnly));
      break;
    case "mix":
    case "split":
      plan.options.forEach((o) => planVisits(o.plan, out, mainOnly));
      break;
    case "fallback":
      planVisits(plan.main, out, mainOnly);
      if (!mainOnly) planVisits(plan.backup, out, mainOnly);
      break;
    case "async":
      planVisits(plan.plan, out, mainOnly);
      break;
    case "fail":
      break;
  }
  return out;
}

function failReasons(plan: Plan, out: string[] = []): string[] {
  switch (plan.t) {
    case "fail":
      out.push(plan.reason);
      break;
    case "seq":
      plan.steps.forEach((s) => failReasons(s, out));
      break;
    case "mix":
    case "split":
      plan.options.forEach((o) => failReasons(o.plan, out));
      break;
    case "fallback":
      failReasons(plan.main, out);
      break;
    case "async":
      break;
    default:
      break;
  }
  return out;
}

export type FindingInputs = {
  setup: ModelSetup;
  baseline: Evaluation;
  coldStart: Evaluation | null;
  availability: AvailabilityResult;
};

const CLASS_LABEL: Record<UserClass, string> = { dynamicRead: "Dynamic reads", write: "Writes", staticRead: "Static reads" };

/** Findings: what the design gets wrong or risks, each tied to a concept note. */
export function computeFindings({ setup, baseline, coldStart, availability }: FindingInputs): Finding[] {
  const f: Finding[] = [];
  const { graph, req, peakRates } = setup;
  const stations = [...baseline.stations.values()];

  for (const cls of ["dynamicRead", "write", "staticRead"] as const) {
    if (peakRates[cls] <= 0) continue;
    const reasons = failReasons(baseline.plans[cls]);
    if (baseline.served[cls] === 0 && reasons.length > 0) {
      f.push({ id: `unroutable-${cls}`, severity: "critical", concept: "load-balancer", message: `${CLASS_LABEL[cls]} (${r0(peakRates[cls])} rps at peak) have no way through the design: ${[...new Set(reasons)].join("; ")}.`, nodes: [] });
    }
  }
  for (const id of availability.spofs) {
    const n = graph.byId.get(id)!;
    const classes = availability.singleCuts.find((c) => c.id === id)?.classes ?? [];
    f.push({ id: "spof", severity: "critical", concept: "single-point-of-failure", message: `${id} (${n.kind}, 1 instance, availability ${n.availabilityPerInstance}) is a single point of failure: losing it stops ${classes.map((c) => CLASS_LABEL[c].toLowerCase()).join(", ")}. Add a second instance, a standby or a replica.`, nodes: [id] });
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
      f.push({ id: "saturated", severity: "critical", concept, message: `${id} is offered ${r0(s.offeredRps)} rps at peak against a capacity of ${r0(s.capacityRps)} (${s.units} unit(s) × ${r0(s.capacityRps / Math.max(s.units, 1))}): utilisation ${s.utilization.toFixed(2)}; ${pct(1 - s.servedFactor)} of its requests fail.`, nodes: [id] });
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
    if (s.utilization < 0.1 && s.node.instances > 2 && s.node.kind !== "load_balancer") {
      const needed = Math.max(2, Math.ceil((s.offeredRps / (s.capacityRps / s.node.instances)) / MODEL_CONSTANTS.utilizationTarget));
      f.push({ id: "over-provisioned", severity: "info", concept: "back-of-the-envelope", message: `${id} has ${s.node.instances} instances at ${pct(s.utilization)} utilisation at peak; ${needed} would stay under ${pct(MODEL_CONSTANTS.utilizationTarget)} with a spare.`, nodes: [id] });
    }
  }
  const readVisits = planVisits(baseline.plans.dynamicRead, new Set(), true);
  const hasCacheOnReads = [...readVisits].some((id) => graph.byId.get(id)?.kind === "cache");
  const readHeavy = peakRates.dynamicRead >= 3 * peakRates.write && peakRates.dynamicRead >= 100;
  if (readHeavy && !hasCacheOnReads && graph.nodes.some(isDatabase)) {
    const dbLoad = stations.filter((s) => isDatabase(s.node)).reduce((m, s) => Math.max(m, s.utilization), 0);
    f.push({ id: "no-cache", severity: "warning", concept: "cache", message: `Reads outnumber writes ${(peakRates.dynamicRead / Math.max(peakRates.write, 1e-9)).toFixed(1)}:1 (${r0(peakRates.dynamicRead)} rps at peak) and every one reaches the database (busiest at ${pct(dbLoad)}): a cache in front of it would serve the popular keys from memory.`, nodes: [] });
  }
  const staticEgress = req.bytesPerRead * peakRates.staticRead;
  if (!graph.nodes.some((n) => n.kind === "cdn") && (peakRates.staticRead >= 100 || req.mediaShareOfWrites > 0)) {
    f.push({ id: "no-cdn", severity: "warning", concept: "cdn", message: `${r0(peakRates.staticRead)} static reads/s at peak (${(staticEgress / 1e6).toFixed(1)} MB/s) all come from the origin: a CDN would serve them near users at ~$${0.085}/GB and take the load off the servers.`, nodes: [] });
  }
  for (const n of graph.nodes.filter((x) => x.isReplica)) {
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
  if (!graph.nodes.some((n) => n.kind === "logging") || !graph.nodes.some((n) => n.kind === "metrics")) {
    const missing = ["logging", "metrics"].filter((k) => !graph.nodes.some((n) => n.kind === k));
    f.push({ id: "no-observability", severity: graph.nodes.length >= 6 ? "warning" : "info", concept: "logging-metrics", message: `No ${missing.join(" or ")} node: failures and saturation would go unnoticed until users report them.`, nodes: [] });
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
  const used = new Set<string>();
  for (const cls of ["dynamicRead", "write", "staticRead"] as const) planVisits(baseline.plans[cls], used);
  for (const n of graph.nodes) {
    if (used.has(n.id) || SIDE_KINDS.includes(n.kind) || n.kind === "client" || n.kind === "dns") continue;
    if (n.isReplica || (n.isPrimary && graph.replicasOf.has(n.id))) continue;
    f.push({ id: "unused-component", severity: "info", concept: "back-of-the-envelope", message: `${n.id} (${n.kind}) is on no request path: no edge leads a request to it.`, nodes: [n.id] });
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
