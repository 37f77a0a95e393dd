import { evaluateAvailability } from "./availability-graph.ts";
import { computeCost, rightSizedByNode } from "./cost.ts";
import { computeFindings } from "./findings.ts";
import { liveNodes } from "./live.ts";
import { classLatency, evaluateState, healthyState, setupModel, type ModelSetup } from "./model.ts";
import { runScenario, type EvaluationCache } from "./scenarios.ts";
import { describeScenario } from "./scenario-summary.ts";
import type { DesignDocument, Report, Scenario } from "./schema.ts";
import { computeScore, type RubricWeights } from "./score.ts";
import { unmetRequirements } from "./requirements-check.ts";
import { rightSizeAll } from "./sizing.ts";

export { estimate } from "./estimate.ts";
export type { Estimates, EstimationInput } from "./estimate.ts";
export { validateDesignDocument } from "./validate.ts";
export type { ValidationProblem, ValidationResult } from "./validate.ts";
export * from "./schema.ts";
export { KIND_CATALOG } from "./catalog.ts";
export type { RubricWeights } from "./score.ts";

export type SimulateOptions = { rubric?: RubricWeights };

/**
 * The report's `seed` field (a contract field of DESIGN.md's report): nothing samples any more —
 * latency laws are exact — so it is always this value and the same document always gives the
 * same report.
 */
export const DEFAULT_SEED = 1;

/** The scenarios run when a document names none: one of every kind that applies. */
export function defaultScenarios(setup: ModelSetup): Scenario[] {
  const g = setup.graph;
  const out: Scenario[] = [{ kind: "baseline" }];
  // Chosen by what they are, not by where they sit in the list, so the verdict does not depend
  // on node order: the largest web tier, and the primary with the most capacity.
  const cap = (n: (typeof g.nodes)[number]) => n.capacityRpsPerInstance * n.units;
  const web = g.nodes.filter((n) => n.kind === "web_server").sort((a, b) => b.instances - a.instances || cap(b) - cap(a) || a.id.localeCompare(b.id))[0];
  if (web && web.instances > 1) out.push({ kind: "instance_failure", node: web.id, instances: 1 });
  const primaries = g.nodes.filter((n) => n.isPrimary).sort((a, b) => cap(b) - cap(a) || (g.replicasOf.get(b.id)?.length ?? 0) - (g.replicasOf.get(a.id)?.length ?? 0) || a.id.localeCompare(b.id));
  const primary = primaries[0] ?? web;
  if (primary) out.push({ kind: "node_down", node: primary.id });
  // Nodes without a region live in the first user region: an outage of it always applies.
  out.push({ kind: "region_outage", region: g.homeRegion });
  // The hot-key scenario uses the clarified celebrity share when there is one.
  const hotShare = setup.req.hotKeyShareOfReads > 0 ? setup.req.hotKeyShareOfReads : 0.2;
  out.push({ kind: "cdn_outage" }, { kind: "cache_cold" }, { kind: "traffic_spike", factor: 2 }, { kind: "hot_key", shareOfReads: hotShare });
  return out;
}

/**
 * Puts a valid design document under its clarified load and failures and scores it.
 * Pure and deterministic: the same document gives the same report.
 */
export function simulate(doc: DesignDocument, options: SimulateOptions = {}): Report {
  const setup = setupModel(doc);
  try {
    return simulateWith(setup, doc, options);
  } finally {
    // The report keeps numbers only: the laws' memory goes to the next evaluation.
    setup.laws.release();
  }
}

function simulateWith(setup: ModelSetup, doc: DesignDocument, options: SimulateOptions): Report {
  const seed = DEFAULT_SEED;
  const healthy = healthyState(setup);
  const baseline = evaluateState(setup, healthy, true);
  const liveness = liveNodes(setup, baseline);
  const latency = {
    dynamicRead: classLatency(setup, baseline, "dynamicRead", healthy),
    write: classLatency(setup, baseline, "write", healthy),
    staticRead: classLatency(setup, baseline, "staticRead", healthy),
  };
  const rightSize = rightSizeAll(setup, baseline.stations, liveness.live);
  const availability = evaluateAvailability(setup, baseline, liveness, rightSize);
  const spike = evaluateState(setup, { ...healthy, trafficFactor: 2 });
  const hasCache = setup.graph.nodes.some((n) => n.kind === "cache" && liveness.live.has(n.id));
  const coldStart = hasCache ? evaluateState(setup, { ...healthy, cacheAgeSeconds: 0 }) : null;

  const shared: EvaluationCache = new Map();
  const scenarios = (doc.scenarios ?? defaultScenarios(setup)).map((s) => {
    const { worst: _worst, affected: _affected, ...result } = runScenario(setup, s, describeScenario, shared);
    return result;
  });
  const cdns = setup.graph.nodes.filter((n) => n.kind === "cdn");
  const cdnHit = cdns.length > 0 ? Math.max(...cdns.map((c) => baseline.hitRatios.get(c.id) ?? 0)) : 0;
  const originGets = setup.graph.nodes.filter((n) => n.kind === "object_storage").reduce((s, n) => s + (baseline.loads.get(n.id)?.byClass.staticRead ?? 0), 0) / setup.req.peakToAverageRatio;
  const costInputs = { graph: setup.graph, req: setup.req, est: setup.estimates, cdnHitRatio: cdnHit, originStaticGetsPerSecond: originGets };
  const cost = computeCost(costInputs, rightSize, liveness.live);
  const findings = computeFindings({ setup, baseline, coldStart, availability, liveness, cost, rightSize, rightSizedUsd: rightSizedByNode(costInputs, rightSize, liveness.live) });
  const score = computeScore({ setup, baseline, spike, latency, availability, scenarios, liveness, cost, process: doc.process, rubric: options.rubric });
  const unmet = unmetRequirements(setup, baseline, latency, availability, liveness.live);

  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    version: 1,
    seed,
    requirementsUsed: { ...setup.req },
    defaultedRequirements: setup.defaulted,
    estimates: setup.estimates,
    components: setup.graph.nodes.map((n) => {
      const st = baseline.stations.get(n.id)!;
      const finite = (x: number) => (Number.isFinite(x) ? x : 1e9);
      return {
        id: n.id,
        kind: n.kind,
        offeredRps: round(st.offeredRps, 1),
        capacityRps: round(finite(st.capacityRps), 1),
        utilization: round(finite(st.utilization), 3),
        saturated: st.saturated,
        p99Ms: st.p99Ms === null || !Number.isFinite(st.p99Ms) ? null : round(st.p99Ms, 1),
        instances: n.instances,
        servers: round(n.servers, 2),
        serviceTimeMs: round(st.meanServiceMs, 2),
        availability: round(1 - (availability.components.find((c) => c.kind === "node" && c.id === n.id)?.unavailability ?? 0), 6),
        ...(baseline.hitRatios.has(n.id) ? { hitRatio: round(baseline.hitRatios.get(n.id)!, 4) } : {}),
        live: liveness.live.has(n.id),
        rightSizedUnits: rightSize.get(n.id) ?? n.units,
      };
    }),
    latency,
    availability: {
      estimate: round(availability.estimate, 6),
      downtimeMinutesPerYear: round(availability.downtimeMinutesPerYear, 1),
      limitedBy: availability.limitedBy,
      perClass: {
        dynamicRead: round(availability.perClass.dynamicRead, 6),
        write: round(availability.perClass.write, 6),
        staticRead: round(availability.perClass.staticRead, 6),
      },
    },
    spofs: availability.spofs,
    scenarios,
    findings,
    cost,
    score,
    meetsRequirements: unmet.length === 0,
    unmetRequirements: unmet,
  };
}
