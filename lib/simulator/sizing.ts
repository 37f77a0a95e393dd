/**
 * How many units a tier needs (SIMULATOR.md verdict rules 5 and 6). A unit is an instance, a
 * shard, or a replica copy: what one M/M/c station models.
 * - needed: the units the peak load needs at all (k of k-of-n); more than the tier has and the
 *   tier is down.
 * - right-sized: the units that keep it at the utilisation target with one spare (N+1), and at
 *   least the shards its data needs: the yardstick for cost, for availability (units beyond it
 *   add nothing) and for "instances beyond need".
 */
import { MODEL_CONSTANTS, UNLIMITED_RPS } from "./catalog.ts";
import { dataShardsNeeded } from "./data-fit.ts";
import type { ModelNode } from "./graph.ts";
import type { Station } from "./load.ts";
import type { ModelSetup } from "./model.ts";

/** Capacity of one unit for the work it is offered (a slower mix of work lowers it). */
export function unitCapacity(station: Station): number {
  const units = Math.max(station.units, 1e-9);
  return station.capacityRps / units;
}

export function isUnlimited(node: ModelNode): boolean {
  return node.capacityRpsPerInstance >= UNLIMITED_RPS / 10;
}

/** Units the peak needs at all: ⌈load ÷ unit capacity⌉ (at least one). */
export function unitsNeeded(station: Station): number {
  if (isUnlimited(station.node) || station.offeredRps <= 0) return 1;
  return Math.max(1, Math.ceil(station.offeredRps / unitCapacity(station) - 1e-9));
}

/** Units at the utilisation target plus one spare (1 when idle), and at least `floor`. */
export function rightSizedUnits(station: Station, floor = 1): number {
  if (isUnlimited(station.node)) return station.node.units;
  if (station.offeredRps <= 0) return Math.max(1, floor);
  const cap = unitCapacity(station);
  const atTarget = Math.ceil(station.offeredRps / (cap * MODEL_CONSTANTS.utilizationTarget) - 1e-9) + 1;
  return Math.max(1, floor, atTarget);
}

/**
 * The right size of every node, in units. A database's floor is the shards its data needs; a
 * cache's floor is the memory that holds every key (more memory raises the hit ratio until
 * then, and nothing after).
 */
export function rightSizeAll(setup: ModelSetup, stations: ReadonlyMap<string, Station>, live: ReadonlySet<string>): Map<string, number> {
  const shards = dataShardsNeeded(setup, live);
  const out = new Map<string, number>();
  for (const n of setup.graph.nodes) {
    const st = stations.get(n.id);
    if (!st) continue;
    const owner = n.isReplica ? (n.node.replicaOf ?? "") : n.id;
    let floor = shards.get(owner) ?? 1;
    if (n.kind === "cache") {
      const perUnitBytes = (n.node.memoryGb ?? MODEL_CONSTANTS.cacheMemoryGb) * 1e9;
      const holdsAll = Math.ceil((setup.dynamicKeys * setup.itemBytes) / perUnitBytes);
      floor = Math.max(1, holdsAll);
    }
    out.set(n.id, rightSizedUnits(st, floor));
  }
  return out;
}
