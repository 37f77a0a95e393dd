import { MODEL_CONSTANTS } from "./catalog.ts";
import { fixed, formatText, list, text, type Text } from "./text.ts";
import { SIDE_KINDS, type ModelNode } from "./graph.ts";
import type { Station } from "./load.ts";
import { liveRegions, type Liveness } from "./live.ts";
import { downtime, expectedShareLost, withFailover } from "./math/availability.ts";
import { evaluateState, healthyState, type Evaluation, type ModelSetup } from "./model.ts";
import { alive, planVisits } from "./plan-walk.ts";
import { USER_CLASSES, type UserClass } from "./routing.ts";
import { isUnlimited, unitCapacity, unitsNeeded } from "./sizing.ts";
import { count } from "./words.ts";

export { alive } from "./plan-walk.ts";

/** A part that fails as a whole: a node (all its instances) or a region (all its nodes). */
export type Component = { id: string; kind: "node" | "region"; unavailability: number; basis: string };

/** A node whose loss leaves too little capacity for the peak (verdict rule 6). */
/** `text` is the language-neutral reason, `message` its English (the same words). */
export type CapacitySpof = { id: string; message: string; text: Text; overloaded: { id: string; utilization: number }[] };
const capacitySpof = (id: string, overloaded: CapacitySpof["overloaded"], t: Text): CapacitySpof => ({ id, overloaded, message: formatText(t), text: t });

export type AvailabilityResult = {
  estimate: number;
  downtimeMinutesPerYear: number;
  limitedBy: string[];
  perClass: Record<UserClass, number>;
  spofs: string[];
  /** Components whose loss alone stops some class (nodes and regions). */
  singleCuts: { id: string; kind: "node" | "region"; classes: UserClass[] }[];
  capacitySpofs: CapacitySpof[];
  components: Component[];
  /** Failovers a year (one per shard copy lost); each stops `share` of the node's traffic (its shard). */
  failovers: { node: string; perYear: number; seconds: number; share: number }[];
  /** How the estimate was made (the formula, its cuts and largest shares), as a text. */
  evidence: Text;
};

const regionKey = (r: string) => `region:${r}`;
/** Managed services are redundant inside: a dependency, never a SPOF. */
const MANAGED_KINDS: readonly string[] = ["object_storage", "cdn", "dns"];
const MAX_PAIR_COMPONENTS = 60;
const PAIR_THRESHOLD = 1e-8;

/**
 * Node availability, capacity-aware (SIMULATOR.md k-of-n, verdict rule 6): 1 − the expected
 * share of its traffic lost when some of its units fail, a unit carrying capacity ÷ units and
 * the survivors taking what they can. k > n (the peak needs more units than it has) is 0. A
 * shard of a primary holds only its own keys: it serves them while one of its copies lives, and
 * losing it loses its 1/shards of the traffic, so the expected share served is one shard's
 * availability whatever the shard count (not its power: the shards do not all carry every
 * request). Units beyond the right size (sizing.ts) are not counted: capacity nobody needs adds
 * nothing to availability in this model.
 */
export function nodeAvailability(n: ModelNode, station: Station | undefined, rightUnits?: number): { a: number; basis: string } {
  const a = n.availabilityPerInstance;
  if (n.isPrimary) {
    const shards = n.node.shards ?? 1;
    if (station && !isUnlimited(n) && station.utilization >= 1) return { a: 0, basis: `${count(shards, "shard")} cannot carry the peak (utilisation ${station.utilization.toFixed(2)})` };
    const perShard = 1 - Math.pow(1 - a, n.instances);
    return { a: perShard, basis: shards > 1 ? `${count(shards, "shard")} of ${count(n.instances, "copy", "copies")} at ${a}: losing one loses its 1/${shards} of the keys` : `${count(n.instances, "copy", "copies")} at ${a}` };
  }
  const units = Math.max(1, Math.round(n.units));
  if (!station || isUnlimited(n) || station.offeredRps <= 0) {
    return { a: 1 - Math.pow(1 - a, units), basis: `any of ${units} at ${a}` };
  }
  const k = unitsNeeded(station);
  if (k > units) return { a: 0, basis: `needs ${k} of ${units} units at peak: fewer than it has` };
  const counted = Math.min(units, Math.max(k, rightUnits ?? units));
  const cap = unitCapacity(station);
  const lost = expectedShareLost(counted, a, (down) => 1 - ((counted - down) * cap) / station.offeredRps);
  return { a: 1 - lost, basis: `${count(counted, "unit")} at ${a}, the peak needs ${k}${counted < units ? ` (counted up to the right size, ${counted} of ${units})` : ""}` };
}

/** Replicas promoted when primaries are lost (same region first, then by id). */
export function promotions(setup: ModelSetup, lost: readonly ModelNode[]): ModelNode[] {
  const lostIds = new Set(lost.map((n) => n.id));
  const out: ModelNode[] = [];
  for (const p of lost) {
    if (!p.isPrimary) continue;
    const candidates = (setup.graph.replicasOf.get(p.id) ?? []).filter((r) => !lostIds.has(r.id));
    candidates.sort((a, b) => Number(b.region === p.region) - Number(a.region === p.region) || a.id.localeCompare(b.id));
    if (candidates[0]) out.push(candidates[0]);
  }
  return out;
}

/** The healthy state with some nodes removed (detected) and their primaries' replicas promoted. */
function withoutNodes(setup: ModelSetup, ids: readonly string[]): Evaluation {
  const nodes = ids.map((id) => setup.graph.byId.get(id)!).filter(Boolean);
  const healthy = healthyState(setup);
  const promoted = new Set(promotions(setup, nodes).map((n) => n.id));
  return evaluateState(setup, { ...healthy, world: { removed: new Set(ids), failing: new Set(), promoted } });
}

/**
 * Availability of the request classes over the design graph. Every live component (node or
 * region) is removed in turn: a class it cuts off loses all its requests, and otherwise the
 * state without it is evaluated, so a component whose loss overloads what is left loses the
 * share that no longer fits (capacity-aware, verdict rule 6). Unavailability ≈ Σ u × share lost
 * + Σ minimal structural pairs uᵢuⱼ (the rare-event approximation, exact to second order;
 * regions fail as a whole); failovers then cost their time (withFailover). SPOFs: single-copy
 * single cuts, and capacity SPOFs — a node whose loss (or the loss of one of its units)
 * overloads the rest. Managed services (object storage, CDN, DNS) are never SPOFs.
 */
export function evaluateAvailability(setup: ModelSetup, baseline: Evaluation, liveness: Liveness, rightSize: ReadonlyMap<string, number>): AvailabilityResult {
  const { graph, peakRates: rates } = setup;
  const plans = baseline.plans;
  const classes = USER_CLASSES.filter((c) => rates[c] > 0);
  const totalRate = classes.reduce((s, c) => s + rates[c], 0);
  const components: Component[] = [];
  for (const n of graph.nodes) {
    if (n.kind === "client" || SIDE_KINDS.includes(n.kind) || !liveness.live.has(n.id)) continue;
    const { a, basis } = nodeAvailability(n, baseline.stations.get(n.id), rightSize.get(n.id));
    if (1 - a > 0) components.push({ id: n.id, kind: "node", unavailability: 1 - a, basis });
  }
  const regions = liveRegions(setup, liveness.live);
  for (const r of regions) {
    components.push({ id: r, kind: "region", unavailability: 1 - MODEL_CONSTANTS.regionAvailability, basis: `region up ${MODEL_CONSTANTS.regionAvailability}` });
  }
  const key = (c: Component) => (c.kind === "region" ? regionKey(c.id) : c.id);
  // What each class's plan touches (nodes and their regions): losing anything else cannot stop it.
  const touched = new Map<UserClass, Set<string>>();
  for (const cls of classes) {
    const ids = planVisits(plans[cls]);
    const set = new Set<string>(ids);
    for (const id of ids) {
      const region = graph.byId.get(id)?.region;
      if (region) set.add(regionKey(region));
    }
    touched.set(cls, set);
  }
  const kills = (down: Set<string>): UserClass[] => classes.filter((c) => (down.size === 0 || [...down].some((k) => touched.get(c)!.has(k))) && !alive(plans[c], down));

  const baseDead = kills(new Set());
  const perClassU: Record<UserClass, number> = { dynamicRead: 0, write: 0, staticRead: 0 };
  let systemU = 0;
  const contribution = new Map<string, number>();
  const singleCuts: AvailabilityResult["singleCuts"] = [];
  const singleKill = new Map<string, Set<UserClass>>();
  const capacitySpofs: CapacitySpof[] = [];
  const saturatedBefore = new Set([...baseline.stations.values()].filter((s) => s.utilization >= 1).map((s) => s.node.id));
  // Losing a node moves at most its own traffic onto the others (a sibling takes its share, the
  // database a cache's hits, the origin a CDN's): when every other node has room for all of
  // it, nothing can overload and there is nothing to evaluate.
  const stations = [...baseline.stations.values()].filter((s) => s.offeredRps > 0 && Number.isFinite(s.capacityRps) && s.capacityRps > 0);
  const absorbable = (c: Component): boolean => {
    const moved = c.kind === "node" ? (baseline.stations.get(c.id)?.offeredRps ?? 0) : Infinity;
    return stations.every((s) => s.node.id === c.id || (s.offeredRps + moved) / s.capacityRps < 1);
  };
  for (const c of components) {
    const dead = kills(new Set([key(c)])).filter((x) => !baseDead.includes(x));
    singleKill.set(key(c), new Set(dead));
    if (dead.length > 0) singleCuts.push({ id: c.id, kind: c.kind, classes: dead });
    const lost: Record<UserClass, number> = { dynamicRead: 0, write: 0, staticRead: 0 };
    for (const cls of dead) lost[cls] = 1;
    const survivors = classes.filter((x) => !dead.includes(x) && !baseDead.includes(x));
    // Whether the rest can carry the load without it: worth a state evaluation only when its
    // loss is likely enough to matter (1e−4, 53 min a year, is the whole budget of 99.99 %) or
    // could make a capacity SPOF; rarer losses count only when they cut a class off outright.
    const node = c.kind === "node" ? graph.byId.get(c.id)! : null;
    const spofCandidate = node !== null && node.instances === 1 && !node.isPrimary && saturatedBefore.size === 0 && !MANAGED_KINDS.includes(node.kind);
    if (survivors.length > 0 && (c.unavailability >= 1e-4 || spofCandidate) && !absorbable(c)) {
      const ids = c.kind === "region" ? graph.nodes.filter((n) => n.region === c.id).map((n) => n.id) : [c.id];
      const after = withoutNodes(setup, ids);
      for (const cls of survivors) lost[cls] = Math.max(0, baseline.served[cls] - after.served[cls]);
      // Losing a single-unit node is losing "one unit" (N+1 across siblings); a node with
      // several instances is checked unit by unit below. A primary's loss is a failover, and a
      // design already saturated at peak has gates, not capacity SPOFs.
      if (spofCandidate) {
        const overloaded = [...after.stations.values()]
          .filter((s) => s.node.id !== c.id && s.utilization >= 1 && !saturatedBefore.has(s.node.id))
          .map((s) => ({ id: s.node.id, utilization: s.utilization }))
          .sort((a, b) => b.utilization - a.utilization || a.id.localeCompare(b.id));
        if (overloaded.length > 0) {
          capacitySpofs.push(capacitySpof(c.id, overloaded, text("simulator.capacitySpof.losingNode", { id: c.id, overloaded: list(overloaded.map((o) => text("simulator.capacitySpof.overloadedNode", { id: o.id, times: fixed(o.utilization, 1) }))) })));
        }
      }
    }
    let u = 0;
    for (const cls of classes) {
      perClassU[cls] += c.unavailability * lost[cls];
      u += (c.unavailability * lost[cls] * rates[cls]) / totalRate;
    }
    if (u > 0) {
      systemU += u;
      contribution.set(c.id, (contribution.get(c.id) ?? 0) + u);
    }
  }
  // N+1 inside a node: losing one of its units must leave enough for the peak.
  for (const n of graph.nodes) {
    const st = baseline.stations.get(n.id);
    if (!st || !liveness.live.has(n.id) || MANAGED_KINDS.includes(n.kind) || isUnlimited(n) || n.isPrimary) continue;
    const units = Math.round(n.units);
    const needed = unitsNeeded(st);
    if (saturatedBefore.size === 0 && units >= 2 && units - 1 < needed && !capacitySpofs.some((s) => s.id === n.id)) {
      const left = (st.offeredRps / st.capacityRps) * (units / (units - 1));
      capacitySpofs.push(capacitySpof(n.id, [{ id: n.id, utilization: left }], text("simulator.capacitySpof.losingUnit", { id: n.id, units: String(units), times: fixed(left, 1), needed: String(needed) })));
    }
  }
  const candidates = [...components].sort((a, b) => b.unavailability - a.unavailability || a.id.localeCompare(b.id)).slice(0, MAX_PAIR_COMPONENTS);
  // Per candidate, once: its key and which classes touch it (bit i: classes[i]).
  const candidateKeys = candidates.map(key);
  const touchMask = candidateKeys.map((k) => classes.reduce((m, c, i) => (touched.get(c)!.has(k) ? m | (1 << i) : m), 0));
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      const u = a.unavailability * b.unavailability;
      // Pairs rarer than 1e-8 (20 s a year) cannot move a 99.999 % estimate; skipping them
      // keeps large designs of redundant parts fast.
      if (u <= PAIR_THRESHOLD) continue;
      // A class that does not touch both can only die of one of them alone (already counted):
      // only the classes touching both need a walk.
      const bothMask = touchMask[i] & touchMask[j];
      if (bothMask === 0) continue;
      const both = classes.filter((_, c) => (bothMask & (1 << c)) !== 0);
      const sa = singleKill.get(candidateKeys[i])!;
      const sb = singleKill.get(candidateKeys[j])!;
      const down = new Set([candidateKeys[i], candidateKeys[j]]);
      const dead = both.filter((c) => !alive(plans[c], down)).filter((x) => !baseDead.includes(x) && !sa.has(x) && !sb.has(x));
      if (dead.length === 0) continue;
      for (const cls of dead) perClassU[cls] += u;
      const share = dead.reduce((s, cls) => s + rates[cls], 0) / totalRate;
      if (sa.size === 0 && sb.size === 0) {
        systemU += u * share;
        contribution.set(a.id, (contribution.get(a.id) ?? 0) + (u * share) / 2);
        contribution.set(b.id, (contribution.get(b.id) ?? 0) + (u * share) / 2);
      }
    }
  }
  // A primary with a standby or replica survives the loss of its active copy, but not for free.
  const failovers: AvailabilityResult["failovers"] = [];
  for (const n of graph.nodes) {
    if (!n.isPrimary || !liveness.live.has(n.id)) continue;
    const hasStandby = n.instances > 1 || (graph.replicasOf.get(n.id) ?? []).length > 0;
    if (!hasStandby) continue;
    const perYear = ((1 - n.availabilityPerInstance) * 8760 * (n.node.shards ?? 1)) / MODEL_CONSTANTS.mttrHours;
    failovers.push({ node: n.id, perYear, seconds: MODEL_CONSTANTS.dbFailoverSeconds, share: 1 / (n.node.shards ?? 1) });
  }
  const clamp = (u: number) => Math.min(1, Math.max(0, u));
  let estimate = 1 - clamp(systemU);
  const perClass = { dynamicRead: 1, write: 1, staticRead: 1 } as Record<UserClass, number>;
  for (const cls of Object.keys(perClass) as UserClass[]) {
    perClass[cls] = baseDead.includes(cls) ? 0 : 1 - clamp(perClassU[cls]);
  }
  for (const f of failovers) {
    const before = estimate;
    // A shard's failover stops only its keys: its seconds count at the shard's share.
    estimate = withFailover({ availability: estimate, failoversPerYear: f.perYear, failoverSeconds: f.seconds * f.share });
    contribution.set(f.node, (contribution.get(f.node) ?? 0) + (before - estimate));
    perClass.write = withFailover({ availability: perClass.write, failoversPerYear: f.perYear, failoverSeconds: f.seconds * f.share });
  }
  if (baseDead.length > 0 || classes.length === 0) estimate = classes.length === 0 ? estimate : 0;
  const totalU = 1 - estimate;
  const limitedBy = [...contribution.entries()]
    .filter(([, u]) => u > 0 && u >= 0.1 * totalU)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([id]) => id);
  const structural = singleCuts
    .filter((c) => c.kind === "node" && (graph.byId.get(c.id)?.instances ?? 1) === 1 && !MANAGED_KINDS.includes(graph.byId.get(c.id)!.kind))
    .map((c) => c.id);
  const spofs = [...new Set([...structural, ...capacitySpofs.map((s) => s.id)])].sort();
  // The formula and its parts as a text, so a Korean report says it in Korean; numbers are
  // passed as the strings toFixed prints, the digits the English has always shown.
  const A = "simulator.availability";
  const top = limitedBy.map((id) => text(`${A}.share`, { id, minutes: ((contribution.get(id) ?? 0) * 525960).toFixed(1) }));
  const evidence = text(`${A}.formula`, {
    failoverSeconds: String(MODEL_CONSTANTS.dbFailoverSeconds),
    estimate: estimate.toFixed(6),
    cuts: singleCuts.length > 0 ? text(`${A}.singleCuts`, { ids: list(singleCuts.map((c) => c.id)) }) : text(`${A}.noSingleCut`),
    capacity: capacitySpofs.length > 0 ? text(`${A}.capacity`, { details: list(capacitySpofs.map((c) => c.text), "semicolon") }) : "",
    largest: top.length > 0 ? text(`${A}.largest`, { shares: list(top) }) : "",
  });
  return {
    estimate,
    downtimeMinutesPerYear: downtime(estimate).perYearMinutes,
    limitedBy,
    perClass,
    spofs,
    singleCuts,
    capacitySpofs,
    components,
    failovers,
    evidence,
  };
}
