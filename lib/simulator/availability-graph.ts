import { MODEL_CONSTANTS } from "./catalog.ts";
import { SIDE_KINDS, type ModelGraph, type ModelNode } from "./graph.ts";
import type { NodeLoad } from "./load.ts";
import { downtime, kOfN, withFailover } from "./math/availability.ts";
import type { Plan, UserClass } from "./routing.ts";

/** A part that fails as a whole: a node (all its instances) or a region (all its nodes). */
export type Component = { id: string; kind: "node" | "region"; unavailability: number; basis: string };

export type AvailabilityResult = {
  estimate: number;
  downtimeMinutesPerYear: number;
  limitedBy: string[];
  perClass: Record<UserClass, number>;
  spofs: string[];
  /** Components whose loss alone stops some class (nodes and regions). */
  singleCuts: { id: string; kind: "node" | "region"; classes: UserClass[] }[];
  components: Component[];
  failovers: { node: string; perYear: number; seconds: number }[];
  evidence: string;
};

const regionKey = (r: string) => `region:${r}`;

/** Whether a plan still has a live way through when the components in `down` are lost. */
export function alive(plan: Plan, down: ReadonlySet<string>): boolean {
  switch (plan.t) {
    case "visit":
      return !down.has(plan.node.id) && !(plan.node.region !== null && down.has(regionKey(plan.node.region)));
    case "seq":
      return plan.steps.every((s) => alive(s, down));
    case "mix":
      return plan.options.every((o) => o.p <= 0 || alive(o.plan, down));
    case "split":
      return plan.options.some((o) => alive(o.plan, down));
    case "fallback":
      return alive(plan.main, down) || alive(plan.backup, down);
    case "async":
      return true;
    case "fail":
      return false;
  }
}

/**
 * Node availability: at least k of its n instances up, k = instances the average load needs
 * (SIMULATOR.md k-of-n); a primary needs one live copy of each shard.
 */
export function nodeAvailability(n: ModelNode, averageRps: number): { a: number; basis: string } {
  const a = n.availabilityPerInstance;
  if (n.isPrimary) {
    const shards = n.node.shards ?? 1;
    const perShard = 1 - Math.pow(1 - a, n.instances);
    return { a: Math.pow(perShard, shards), basis: `${shards} shard(s) × ${n.instances} copies at ${a}` };
  }
  const k = Math.min(n.instances, Math.max(1, Math.ceil(averageRps / Math.max(n.capacityRpsPerInstance, 1e-9))));
  return { a: kOfN(k, n.instances, a), basis: `${k} of ${n.instances} at ${a}` };
}

const MAX_PAIR_COMPONENTS = 60;
const PAIR_THRESHOLD = 1e-8;
const MANAGED_KINDS: readonly string[] = ["object_storage", "cdn", "dns"];

/**
 * Availability of the request classes over the design graph, by minimal cut sets: every single
 * component and every pair among the least available ones is removed, and the classes re-
 * checked; unavailability ≈ Σ singles u + Σ minimal pairs uᵢuⱼ (the rare-event approximation,
 * exact to second order; regions fail as a whole). Failovers then cost their time
 * (withFailover). SPOFs are single cuts with one instance (managed services excluded).
 */
export function evaluateAvailability(
  graph: ModelGraph,
  plans: Record<UserClass, Plan>,
  rates: Record<UserClass, number>,
  averageLoads: Map<string, NodeLoad>,
): AvailabilityResult {
  const classes = (Object.keys(plans) as UserClass[]).filter((c) => rates[c] > 0);
  const components: Component[] = [];
  for (const n of graph.nodes) {
    if (n.kind === "client" || SIDE_KINDS.includes(n.kind)) continue;
    const { a, basis } = nodeAvailability(n, averageLoads.get(n.id)?.rps ?? 0);
    if (1 - a > 0) components.push({ id: n.id, kind: "node", unavailability: 1 - a, basis });
  }
  for (const r of graph.regions) {
    components.push({ id: r, kind: "region", unavailability: 1 - MODEL_CONSTANTS.regionAvailability, basis: `region up ${MODEL_CONSTANTS.regionAvailability}` });
  }
  const key = (c: Component) => (c.kind === "region" ? regionKey(c.id) : c.id);
  const kills = (down: Set<string>): UserClass[] => classes.filter((c) => !alive(plans[c], down));

  const baseDead = kills(new Set());
  const perClassU: Record<UserClass, number> = { dynamicRead: 0, write: 0, staticRead: 0 };
  let systemU = 0;
  const contribution = new Map<string, number>();
  const singleCuts: AvailabilityResult["singleCuts"] = [];
  const singleKill = new Map<string, Set<UserClass>>();
  for (const c of components) {
    const dead = kills(new Set([key(c)])).filter((x) => !baseDead.includes(x));
    singleKill.set(key(c), new Set(dead));
    if (dead.length === 0) continue;
    singleCuts.push({ id: c.id, kind: c.kind, classes: dead });
    for (const cls of dead) perClassU[cls] += c.unavailability;
    systemU += c.unavailability;
    contribution.set(c.id, (contribution.get(c.id) ?? 0) + c.unavailability);
  }
  const candidates = [...components].sort((a, b) => b.unavailability - a.unavailability || a.id.localeCompare(b.id)).slice(0, MAX_PAIR_COMPONENTS);
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      const u = a.unavailability * b.unavailability;
      // Pairs rarer than 1e-8 (20 s a year) cannot move a 99.999 % estimate; skipping them
      // keeps large designs of redundant parts fast.
      if (u < PAIR_THRESHOLD) continue;
      const sa = singleKill.get(key(a))!;
      const sb = singleKill.get(key(b))!;
      const dead = kills(new Set([key(a), key(b)])).filter((x) => !baseDead.includes(x) && !sa.has(x) && !sb.has(x));
      if (dead.length === 0) continue;
      for (const cls of dead) perClassU[cls] += u;
      if (sa.size === 0 && sb.size === 0) {
        systemU += u;
        contribution.set(a.id, (contribution.get(a.id) ?? 0) + u / 2);
        contribution.set(b.id, (contribution.get(b.id) ?? 0) + u / 2);
      }
    }
  }
  // A primary with a standby or replica survives the loss of its active copy, but not for free.
  const failovers: AvailabilityResult["failovers"] = [];
  for (const n of graph.nodes) {
    if (!n.isPrimary) continue;
    const hasStandby = n.instances > 1 || (graph.replicasOf.get(n.id) ?? []).length > 0;
    if (!hasStandby) continue;
    const perYear = ((1 - n.availabilityPerInstance) * 8760 * (n.node.shards ?? 1)) / MODEL_CONSTANTS.mttrHours;
    failovers.push({ node: n.id, perYear, seconds: MODEL_CONSTANTS.dbFailoverSeconds });
  }
  const clamp = (u: number) => Math.min(1, Math.max(0, u));
  let estimate = 1 - clamp(systemU);
  const perClass = { dynamicRead: 1, write: 1, staticRead: 1 } as Record<UserClass, number>;
  for (const cls of Object.keys(perClass) as UserClass[]) {
    perClass[cls] = baseDead.includes(cls) ? 0 : 1 - clamp(perClassU[cls]);
  }
  for (const f of failovers) {
    const before = estimate;
    estimate = withFailover({ availability: estimate, failoversPerYear: f.perYear, failoverSeconds: f.seconds });
    contribution.set(f.node, (contribution.get(f.node) ?? 0) + (before - estimate));
    perClass.write = withFailover({ availability: perClass.write, failoversPerYear: f.perYear, failoverSeconds: f.seconds });
  }
  if (baseDead.length > 0) estimate = 0;
  const totalU = 1 - estimate;
  const limitedBy = [...contribution.entries()]
    .filter(([, u]) => u > 0 && u >= 0.1 * totalU)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([id]) => id);
  // Managed services (object storage, CDN, DNS) are redundant inside: a dependency, not a SPOF.
  const spofs = singleCuts
    .filter((c) => c.kind === "node" && (graph.byId.get(c.id)?.instances ?? 1) === 1 && !MANAGED_KINDS.includes(graph.byId.get(c.id)!.kind))
    .map((c) => c.id);
  const top = limitedBy.map((id) => `${id} ${((contribution.get(id) ?? 0) * 525960).toFixed(1)} min/yr`).join(", ");
  const evidence =
    `A = 1 − Σ single cuts u − Σ minimal pair cuts uᵢuⱼ − failovers × ${MODEL_CONSTANTS.dbFailoverSeconds} s/yr = ${estimate.toFixed(6)}` +
    (singleCuts.length > 0 ? `; single cuts: ${singleCuts.map((c) => c.id).join(", ")}` : "; no single cut") +
    (top ? `; largest shares of downtime: ${top}` : "");
  return {
    estimate,
    downtimeMinutesPerYear: downtime(estimate).perYearMinutes,
    limitedBy,
    perClass,
    spofs,
    singleCuts,
    components,
    failovers,
    evidence,
  };
}
