/**
 * A small discrete-event simulation of FCFS M/M/c stations in tandem, optionally followed by a
 * random split into branches that are chains themselves: the end-to-end reference for the exact
 * latency laws of lib/simulator/latency.ts. It shares no derivation with the analytic code: no
 * Erlang C, no sojourn law, no independence between hops — it only plays customers through the
 * stations and measures how long each one took. Seeded (createRng), so every run is the same.
 *
 * Customers arrive as a Poisson stream. At each station they are served first come, first served
 * in the order they reach that station, by `servers` identical servers with exponential service:
 * sorting the customers by arrival time and giving each the earliest-free server is exactly FCFS
 * for c servers (a customer starts when it arrives or when a server frees up, whichever is later).
 * A fixed delay (the network hop) is added before each station.
 */
import { createRng } from "@/lib/simulator/math/random";

export type DesStation = { servers: number; serviceMs: number; delayMs: number };
export type DesBranch = { p: number; stations: DesStation[] };

export type DesNetworkInput = {
  arrivalRps: number;
  /** Stations every customer visits first, in order. */
  prefix: DesStation[];
  /** Then each customer goes to branch i with probability p_i (none: the prefix is the route). */
  branches?: DesBranch[];
  customers: number;
  /** Share of the first customers (by arrival) discarded, so the stations start near steady state. */
  warmupShare: number;
  seed: number;
};

export type DesNetworkResult = {
  /** Measured end-to-end sojourn times in ms, sorted; Infinity for customers of an overloaded branch. */
  sojournsMs: Float64Array;
  /** The empirical q-quantile (the ⌈q·n⌉-th smallest time); Infinity when it falls among the overloaded. */
  quantile(q: number): number;
};

/** Replaces the smallest of the servers' free times (a binary min-heap in place) by `next`. */
function replaceEarliest(free: Float64Array, next: number): void {
  const n = free.length;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && free[right] < free[left] ? right : left;
    if (free[child] >= next) break;
    free[i] = free[child];
    i = child;
  }
  free[i] = next;
}

/** Plays the customers `ids` (current times in `t`) through one station; leaves their departure times in `t`. */
function serve(t: Float64Array, ids: Int32Array, station: DesStation, exponential: (meanMs: number) => number): void {
  for (const id of ids) t[id] += station.delayMs;
  // Order of arrival at this station (a stable sort keeps ties in id order, so runs are repeatable).
  const order = Int32Array.from(ids).sort((a, b) => t[a] - t[b]);
  const free = new Float64Array(station.servers); // when each server is next free; all free at 0
  for (const id of order) {
    const start = Math.max(t[id], free[0]);
    const done = start + exponential(station.serviceMs);
    replaceEarliest(free, done);
    t[id] = done;
  }
}

/** Plays a chain; a station offered at least its capacity has no steady state: its customers never finish. */
function chain(t: Float64Array, ids: Int32Array, stations: DesStation[], rateRps: number, exponential: (meanMs: number) => number): void {
  if (stations.some((s) => rateRps * s.serviceMs >= 1000 * s.servers)) {
    for (const id of ids) t[id] = Infinity;
    return;
  }
  for (const station of stations) serve(t, ids, station, exponential);
}

export function simulateNetwork(input: DesNetworkInput): DesNetworkResult {
  const rng = createRng(input.seed);
  const exponential = (meanMs: number) => -Math.log1p(-rng()) * meanMs;
  const n = input.customers;
  const arrived = new Float64Array(n);
  const meanGapMs = 1000 / input.arrivalRps;
  for (let i = 1; i < n; i++) arrived[i] = arrived[i - 1] + exponential(meanGapMs);
  const t = Float64Array.from(arrived);
  const everyone = Int32Array.from({ length: n }, (_, i) => i);
  chain(t, everyone, input.prefix, input.arrivalRps, exponential);

  const branches = input.branches ?? [];
  if (branches.length > 0) {
    const total = branches.reduce((s, b) => s + b.p, 0);
    const members: number[][] = branches.map(() => []);
    for (let i = 0; i < n; i++) {
      let u = rng() * total;
      let b = 0;
      while (b < branches.length - 1 && u >= branches[b].p) u -= branches[b++].p;
      members[b].push(i);
    }
    branches.forEach((branch, b) => chain(t, Int32Array.from(members[b]), branch.stations, (input.arrivalRps * branch.p) / total, exponential));
  }

  const first = Math.floor(n * input.warmupShare);
  const sojournsMs = new Float64Array(n - first);
  for (let i = first; i < n; i++) sojournsMs[i - first] = t[i] - arrived[i];
  sojournsMs.sort();
  return {
    sojournsMs,
    quantile: (q) => sojournsMs[Math.min(sojournsMs.length - 1, Math.max(0, Math.ceil(q * sojournsMs.length) - 1))],
  };
}
