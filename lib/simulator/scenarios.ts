import { promotions } from "./availability-graph.ts";
import { formatText, type Text } from "./text.ts";
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { ModelNode } from "./graph.ts";
import { evaluateState, healthyState, overallP99, stateKey, type Evaluation, type ModelSetup, type State } from "./model.ts";
import { scenarioFrequency } from "./scenario-frequency.ts";
import type { Scenario, ScenarioResult, TimelinePoint } from "./schema.ts";

type Stage = TimelinePoint["stage"];
/** A stretch of the timeline with one failure state; warm-up stages re-evaluate as caches fill. */
type Segment = { stage: Stage; start: number; end: number; state: State; warming?: boolean };

const FAILURE_AT = 10;
const HORIZON = MODEL_CONSTANTS.scenarioSeconds;
const TIMELINE_POINTS = 120;
const MINUTES_PER_YEAR = 525600;

function withWorld(base: State, patch: Partial<State["world"]>, extra: Partial<State> = {}): State {
  return { ...base, ...extra, world: { ...base.world, ...patch } };
}

function nodesDown(setup: ModelSetup, ids: string[]): ModelNode[] {
  return ids.map((id) => setup.graph.byId.get(id)).filter((n): n is ModelNode => n !== undefined);
}

/** Writes lost with a primary: async replication lag × write QPS; none with (semi-)sync. */
export function dataAtRisk(setup: ModelSetup, lostPrimaries: ModelNode[], promoted: ModelNode[], writeRps: number): number {
  let total = 0;
  for (const p of lostPrimaries) {
    if (!p.isPrimary) continue;
    const replica = promoted.find((r) => r.node.replicaOf === p.id);
    if (!replica) continue; // nothing promoted: the writes wait for the primary's disk
    if ((replica.node.replication ?? "async") === "async") total += MODEL_CONSTANTS.asyncLagSeconds * writeRps;
  }
  return Math.round(total);
}

/** `writeShare`: the share of the lost primaries' writes at risk (one shard of several), default 1. */
type Plan = { segments: Segment[]; lostPrimaries: ModelNode[]; promoted: ModelNode[]; affected: string[]; writeShare?: number };

/**
 * A share of a node's requests failing while the node stays in place: the keys of one lost shard
 * still go to it and fail. Expressed as `undetectedLoss` (that many instances' share of the
 * node's requests fails), so the served share and the latency law treat it like any failing copy.
 */
function failingShare(node: ModelNode, share: number): Map<string, number> {
  return new Map([[node.id, node.instances * share]]);
}

/**
 * Copies of one shard of a sharded primary fail (an instance of a primary is one copy of a shard):
 * only that shard's keys — 1/shards of the node's traffic — are hit. Its other copy (or a replica
 * holding the shard) takes over after the failover; with none, the keys stay down until repaired.
 */
function shardFailure(setup: ModelSetup, node: ModelNode, k: number, seg: (stage: Stage, start: number, end: number, state: State) => Segment): Plan {
  const healthy = healthyState(setup);
  const shards = node.node.shards ?? 1;
  const detected = FAILURE_AT + MODEL_CONSTANTS.detectionSeconds;
  const shard = 1 / shards;
  const segs = [seg("healthy", 0, FAILURE_AT, healthy), seg("detection", FAILURE_AT, detected, { ...healthy, undetectedLoss: failingShare(node, Math.min(1, k / node.instances) * shard) })];
  const standby = k < node.instances || (setup.graph.replicasOf.get(node.id) ?? []).length > 0;
  if (!standby) {
    segs.push(seg("failover", detected, HORIZON, { ...healthy, undetectedLoss: failingShare(node, shard) }));
  } else {
    const failoverEnd = detected + MODEL_CONSTANTS.dbFailoverSeconds;
    segs.push(seg("failover", detected, failoverEnd, { ...healthy, undetectedLoss: failingShare(node, shard) }));
    segs.push(seg("recovered", failoverEnd, HORIZON, healthy));
  }
  // Every copy of the shard lost: its replica is promoted, and with async replication the
  // shard's share of the writes in the lag window is at risk (another copy of the primary itself
  // is a synchronous standby and loses nothing).
  const shardLost = k >= node.instances && standby;
  const promoted = shardLost ? promotions(setup, [node]) : [];
  return { segments: segs, lostPrimaries: shardLost ? [node] : [], promoted, affected: [node.id], writeShare: shard };
}

function planScenario(setup: ModelSetup, scenario: Scenario): Plan {
  const healthy = healthyState(setup);
  const detected = FAILURE_AT + MODEL_CONSTANTS.detectionSeconds;
  const seg = (stage: Stage, start: number, end: number, state: State, warming = false): Segment => ({ stage, start, end, state, warming });
  const none: Plan = { segments: [], lostPrimaries: [], promoted: [], affected: [] };
  switch (scenario.kind) {
    case "baseline":
      return { ...none, segments: [seg("healthy", 0, HORIZON, healthy)] };
    case "traffic_spike":
      return { ...none, segments: [seg("healthy", 0, FAILURE_AT, healthy), seg("healthy", FAILURE_AT, HORIZON, { ...healthy, trafficFactor: scenario.factor })] };
    case "hot_key":
      return { ...none, segments: [seg("healthy", 0, FAILURE_AT, healthy), seg("healthy", FAILURE_AT, HORIZON, { ...healthy, hotKeyShare: scenario.shareOfReads })] };
    case "cache_cold": {
      const caches = setup.graph.nodes.filter((n) => n.kind === "cache");
      if (caches.length === 0) return { ...none, segments: [seg("healthy", 0, HORIZON, healthy)] };
      return {
        ...none,
        affected: caches.map((c) => c.id),
        segments: [seg("healthy", 0, FAILURE_AT, healthy), seg("warmup", FAILURE_AT, HORIZON, { ...healthy, cacheAgeSeconds: 0 }, true)],
      };
    }
    case "instance_failure": {
      const node = setup.graph.byId.get(scenario.node)!;
      const k = Math.min(scenario.instances, node.instances);
      if (node.isPrimary && (node.node.shards ?? 1) > 1) return shardFailure(setup, node, k, seg);
      const lost = new Map([[node.id, k]]);
      const segs = [seg("healthy", 0, FAILURE_AT, healthy), seg("detection", FAILURE_AT, detected, { ...healthy, undetectedLoss: lost })];
      const after: State = { ...healthy, lost };
      if (k >= node.instances) return planScenario(setup, { kind: "node_down", node: node.id });
      if (node.kind === "cache") {
        segs.push(seg("warmup", detected, HORIZON, { ...after, cacheAgeSeconds: 0, coldCaches: new Set([node.id]) }, true));
      } else if (node.isPrimary) {
        // The active copy failed; a standby copy takes over after the failover time.
        const failoverEnd = detected + MODEL_CONSTANTS.dbFailoverSeconds;
        segs.push(seg("failover", detected, failoverEnd, withWorld(healthy, { failing: new Set([node.id]) })));
        segs.push(seg("recovered", failoverEnd, HORIZON, after));
      } else {
        segs.push(seg("recovered", detected, HORIZON, after));
      }
      return { ...none, affected: [node.id], segments: segs };
    }
    case "node_down":
    case "region_outage":
    case "cdn_outage": {
      const ids =
        scenario.kind === "node_down"
          ? [scenario.node]
          : scenario.kind === "cdn_outage"
            ? setup.graph.nodes.filter((n) => n.kind === "cdn").map((n) => n.id)
            : setup.graph.nodes.filter((n) => n.region === scenario.region).map((n) => n.id);
      if (ids.length === 0) return { ...none, segments: [seg("healthy", 0, HORIZON, healthy)] };
      const down = nodesDown(setup, ids);
      const failing = new Set(ids);
      const promoted = promotions(setup, down);
      const segs: Segment[] = [
        seg("healthy", 0, FAILURE_AT, healthy),
        seg("detection", FAILURE_AT, detected, withWorld(healthy, { failing })),
      ];
      const removed = new Set(ids);
      const rerouted = withWorld(healthy, { removed });
      const failoverSeconds =
        scenario.kind === "region_outage" ? MODEL_CONSTANTS.dnsFailoverSeconds - MODEL_CONSTANTS.detectionSeconds : 0;
      const promoteAt = promoted.length > 0 ? FAILURE_AT + MODEL_CONSTANTS.detectionSeconds + MODEL_CONSTANTS.dbFailoverSeconds : detected;
      const failoverEnd = Math.max(detected + failoverSeconds, promoteAt);
      if (failoverEnd > detected) segs.push(seg("failover", detected, failoverEnd, rerouted));
      const final = withWorld(healthy, { removed, promoted: new Set(promoted.map((p) => p.id)) });
      // Nothing replaces a CDN or an unreplicated node within the window: the outage goes on.
      const stillDown = scenario.kind === "cdn_outage";
      segs.push(seg(stillDown ? "failover" : "recovered", failoverEnd, HORIZON, final));
      return { segments: segs, lostPrimaries: down.filter((n) => n.isPrimary), promoted, affected: ids };
    }
  }
}

/** Ticks (seconds after a warm-up starts) at which the warming state is evaluated. */
const WARM_TICKS = [0, 15, 60, 240];

/** Evaluations shared by the scenarios of one simulate() call. */
export type EvaluationCache = Map<string, TickValue>;

type TickValue = { served: number; p99: number | null; ev: Evaluation; /** Σ utilisation over nodes. */ peakUtilization: number };

/** Worse = fewer requests served, then more total load on the nodes (not Monte Carlo noise). */
function isWorse(a: TickValue, b: TickValue | null): boolean {
  if (!b) return true;
  if (a.served !== b.served) return a.served < b.served;
  return a.peakUtilization > b.peakUtilization;
}

export type ScenarioRun = ScenarioResult & { worst: Evaluation; affected: string[] };

/**
 * Runs one scenario as 1-second ticks over 600 s: each segment's state is evaluated once
 * (warm-up segments at a few log-spaced ages, interpolated between), giving served share and
 * p99 per tick; the report keeps 120 points (5 s buckets: least served, highest p99).
 */
export function runScenario(setup: ModelSetup, scenario: Scenario, describe: (r: ScenarioFacts) => Text, cache: EvaluationCache = new Map()): ScenarioRun {
  const plan = planScenario(setup, scenario);
  const evalAt = (state: State): TickValue => {
    const key = stateKey(state);
    const known = cache.get(key);
    if (known) return known;
    const value = evaluate(state);
    cache.set(key, value);
    return value;
  };
  const evaluate = (state: State): TickValue => {
    const ev = evaluateState(setup, state);
    let peakUtilization = 0;
    for (const st of ev.stations.values()) if (Number.isFinite(st.utilization)) peakUtilization += Math.max(st.utilization, st.hotUnitUtilization);
    return { served: ev.servedAll, p99: overallP99(setup, ev, state), ev, peakUtilization };
  };
  // The timeline, one entry per tick, as columns (600 ticks × every scenario: no object per tick).
  const tickServed: number[] = [];
  const tickP99: (number | null)[] = [];
  const tickStage: Stage[] = [];
  const tickRate: number[] = [];
  const push = (served: number, p99: number | null, stage: Stage, rate: number) => {
    tickServed.push(served);
    tickP99.push(p99);
    tickStage.push(stage);
    tickRate.push(rate);
  };
  let worst: TickValue | null = null;
  let baseline: TickValue | null = null;
  for (const s of plan.segments) {
    if (!s.warming) {
      const v = evalAt(s.state);
      if (!baseline) baseline = v;
      if (isWorse(v, worst)) worst = v;
      for (let t = s.start; t < s.end; t++) push(v.served, v.p99, s.stage, s.state.trafficFactor);
      continue;
    }
    const steady = evalAt({ ...s.state, cacheAgeSeconds: null });
    const points = WARM_TICKS.filter((a) => a < s.end - s.start).map((age) => {
      const v = evalAt({ ...s.state, cacheAgeSeconds: age });
      let hitGap = 0;
      for (const [id, h] of v.ev.hitRatios) hitGap = Math.max(hitGap, (steady.ev.hitRatios.get(id) ?? h) - h);
      return { age, v, hitGap };
    });
    for (const p of points) if (isWorse(p.v, worst)) worst = p.v;
    let recovered = false;
    for (let t = s.start; t < s.end; t++) {
      const age = t - s.start;
      let i = 0;
      while (i + 1 < points.length && points[i + 1].age <= age) i++;
      const a = points[i];
      const b = points[i + 1] ?? a;
      const w = b.age > a.age ? (age - a.age) / (b.age - a.age) : 0;
      const served = a.v.served + (b.v.served - a.v.served) * w;
      const p99 = a.v.p99 === null || b.v.p99 === null ? null : a.v.p99 + (b.v.p99 - a.v.p99) * w;
      // Warm-up ends when the hit ratios are within 1 % of steady state and the service is back.
      if (!recovered && a.hitGap <= 0.01 && served >= steady.served - 1e-9) recovered = true;
      push(served, p99, recovered ? "recovered" : "warmup", s.state.trafficFactor);
    }
  }
  // The headline is the worst stretch of the same timeline the chart draws: the lowest served
  // share (then the highest p99), with its stage and how long it lasts.
  const stretches: { stage: Stage; start: number; seconds: number; served: number; p99: number | null }[] = [];
  const tickCount = tickServed.length;
  for (let t = scenario.kind === "baseline" ? 0 : FAILURE_AT; t < tickCount; t++) {
    const stage = tickStage[t];
    const served = tickServed[t];
    const tp99 = tickP99[t];
    const last = stretches[stretches.length - 1];
    if (last && last.stage === stage) {
      last.seconds++;
      last.served = Math.min(last.served, served);
      last.p99 = last.p99 === null || tp99 === null ? null : Math.max(last.p99, tp99);
    } else stretches.push({ stage, start: t, seconds: 1, served, p99: tp99 });
  }
  const p99Rank = (x: number | null) => (x === null ? Infinity : x);
  // Ties go to the higher p99, then to the longer stretch (what the chart shows most of).
  const worse = (x: (typeof stretches)[number], w: (typeof stretches)[number]) => {
    if (Math.abs(x.served - w.served) >= 5e-4) return x.served < w.served;
    const a = p99Rank(x.p99);
    const b = p99Rank(w.p99);
    if (a === Infinity || b === Infinity ? a !== b : Math.abs(a - b) > 0.05 * Math.max(a, b)) return a > b;
    return x.seconds > w.seconds;
  };
  const worstStretch = stretches.reduce((w, x) => (worse(x, w) ? x : w), stretches[0]);
  const servedShareValue = worstStretch.served;
  const p99 = worstStretch.p99;
  // Yearly cost (verdict rule 7): the requests this event fails beyond what the healthy design
  // already fails, in minutes of full traffic, times how often it happens a year; an outage
  // still going at the end of the window lasts its event duration.
  const healthyServed = baseline!.served;
  const lostShare = (t: number) => Math.max(0, healthyServed - tickServed[t]) * tickRate[t];
  const freq = scenarioFrequency(setup, scenario);
  let failingMinutes: number;
  if (scenario.kind === "baseline") {
    failingMinutes = (1 - healthyServed) * MINUTES_PER_YEAR;
  } else {
    let lost = 0;
    for (let t = FAILURE_AT; t < tickCount; t++) lost += lostShare(t);
    failingMinutes = lost / 60;
    const end = tickCount - 1;
    const windowMinutes = Math.max(0, tickCount - FAILURE_AT) / 60;
    if (freq.eventMinutes > windowMinutes && lostShare(end) > 0) failingMinutes += (freq.eventMinutes - windowMinutes) * lostShare(end);
  }
  const yearlyMinutes = freq.perYear * failingMinutes;
  const budgetMinutes = (1 - setup.req.availabilityTarget) * MINUTES_PER_YEAR;
  const errorBudgetShare = budgetMinutes > 0 ? yearlyMinutes / budgetMinutes : yearlyMinutes > 0 ? Infinity : 0;
  const w = worst ?? baseline!;
  const bottleneck = [...w.ev.stations.values()]
    .filter((s) => s.offeredRps > 0 && Number.isFinite(s.utilization))
    .sort((a, b) => Math.max(b.utilization, b.hotUnitUtilization) - Math.max(a.utilization, a.hotUnitUtilization) || a.node.id.localeCompare(b.node.id))[0];
  const writeRps = setup.peakRates.write;
  const atRisk = dataAtRisk(setup, plan.lostPrimaries, plan.promoted, writeRps * (plan.writeShare ?? 1));
  const timeline: TimelinePoint[] = [];
  const bucket = Math.ceil(tickCount / TIMELINE_POINTS);
  for (let i = 0; i < tickCount; i += bucket) {
    // Least served and highest p99 of the bucket (null if any tick has none).
    let served = Infinity;
    let p99Max = -Infinity;
    let saturated = false;
    for (let t = i; t < Math.min(i + bucket, tickCount); t++) {
      served = Math.min(served, tickServed[t]);
      const x = tickP99[t];
      if (x === null) saturated = true;
      else p99Max = Math.max(p99Max, x);
    }
    timeline.push({ tSeconds: i, servedShare: round4(served), p99Ms: saturated ? null : round1(p99Max), stage: tickStage[i] });
  }
  const stageSeconds = (stage: Stage) => tickStage.reduce((n, s) => (s === stage ? n + 1 : n), 0);
  const facts: ScenarioFacts = {
    scenario,
    setup,
    worst: w.ev,
    baseline: baseline!.ev,
    servedShare: servedShareValue,
    p99Ms: p99,
    worstStage: { stage: worstStretch.stage, seconds: worstStretch.seconds, startSeconds: worstStretch.start },
    dataAtRiskWrites: atRisk,
    promoted: plan.promoted.map((p) => p.id),
    affected: plan.affected,
    bottleneck: bottleneck && bottleneck.utilization > 0 ? { id: bottleneck.node.id, utilization: Math.max(bottleneck.utilization, bottleneck.hotUnitUtilization) } : null,
    hotUnit: (() => {
      const h = [...w.ev.stations.values()].filter((st) => (w.ev.loads.get(st.node.id)?.hotRps ?? 0) > 0).sort((a, b) => b.hotUnitUtilization - a.hotUnitUtilization)[0];
      return h ? { id: h.node.id, utilization: h.hotUnitUtilization } : null;
    })(),
    stageSeconds: { detection: stageSeconds("detection"), failover: stageSeconds("failover"), warmup: stageSeconds("warmup") },
    budget: { perYear: freq.perYear, basis: freq.basis, failingMinutesPerEvent: failingMinutes, yearlyMinutes, share: errorBudgetShare },
  };
  const summary = describe(facts);
  return {
    scenario,
    servedShare: round4(servedShareValue),
    p99Ms: p99 === null ? null : round1(p99),
    dataAtRiskWrites: atRisk,
    summary: formatText(summary),
    summaryText: summary,
    errorBudgetShare: Number.isFinite(errorBudgetShare) ? round4(errorBudgetShare) : 1e9,
    withinErrorBudget: errorBudgetShare <= 1,
    bottleneck: facts.bottleneck?.id ?? null,
    timeline,
    eventsPerYear: round4(freq.perYear),
    failedMinutesPerYear: round1(yearlyMinutes),
    worst: w.ev,
    affected: plan.affected,
  };
}

export type ScenarioFacts = {
  scenario: Scenario;
  setup: ModelSetup;
  worst: Evaluation;
  baseline: Evaluation;
  /** Served share and p99 of the worst stretch of the timeline (p99 null: saturated). */
  servedShare: number;
  p99Ms: number | null;
  worstStage: { stage: Stage; seconds: number; startSeconds: number };
  dataAtRiskWrites: number;
  promoted: string[];
  affected: string[];
  bottleneck: { id: string; utilization: number } | null;
  /** The cache or database unit holding the hottest key, at the worst moment. */
  hotUnit: { id: string; utilization: number } | null;
  stageSeconds: { detection: number; failover: number; warmup: number };
  budget: { perYear: number; basis: Text; failingMinutesPerEvent: number; yearlyMinutes: number; share: number };
};

export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

