/**
 * A fast-check arbitrary of realistic, valid design documents for the property tests:
 * client → [dns] → [cdn] → [load balancer] → web tier (one or two regions) → [cache] →
 * primary (+ replicas, shards) / [queue → workers] → primary / [object storage], optional
 * session store, logging and metrics; requirements from realistic ranges (100 to a billion
 * daily users). At most 2 + 1 + 1 + 1 + 2 + 1 + 2 + 2 × 5 = 20 nodes.
 */
import fc from "fast-check";
import { validateDesignDocument } from "@/lib/simulator/validate.ts";
import type { DesignDocument, DesignEdge, DesignNode, Requirements } from "@/lib/simulator/schema.ts";

export const REGIONS = ["us-east", "eu-west", "ap-south"] as const;

/** log-uniform integer in [10^lo, 10^hi]: small and large DAU are equally likely. */
const logInt = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((x) => Math.max(1, Math.round(10 ** x)));
const num = (min: number, max: number, digits = 2) =>
  fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 10 ** digits) / 10 ** digits);

export const requirementsArb: fc.Arbitrary<Requirements> = fc.record({
  dailyActiveUsers: logInt(2, 9),
  readsPerUserPerDay: num(1, 200, 1),
  writesPerUserPerDay: num(0.1, 20, 1),
  peakToAverageRatio: num(1, 5, 1),
  bytesPerRead: logInt(2, 6),
  bytesPerWrite: logInt(2, 5),
  mediaShareOfWrites: num(0, 0.5),
  bytesPerMedia: logInt(4, 7),
  retentionYears: fc.integer({ min: 1, max: 10 }),
  staticShareOfReads: num(0, 0.8),
  latencyP99Ms: fc.integer({ min: 50, max: 2000 }),
  availabilityTarget: fc.constantFrom(0.99, 0.999, 0.9999),
  userRegions: fc.shuffledSubarray([...REGIONS], { minLength: 1, maxLength: 2 }),
  consistency: fc.constantFrom("eventual" as const, "strong" as const),
  hotKeyShareOfReads: num(0, 0.3),
});

/** The shape of one generated design: which tiers exist and how large they are. */
export const shapeArb = fc.record({
  regions: fc.integer({ min: 1, max: 2 }),
  regionField: fc.boolean(),
  dns: fc.boolean(),
  cdn: fc.boolean(),
  storage: fc.boolean(),
  lb: fc.constantFrom(0, 1, 1, 1),
  lbInstances: fc.integer({ min: 1, max: 3 }),
  webInstances: fc.integer({ min: 1, max: 12 }),
  webCapacity: fc.option(fc.constantFrom(200, 500, 1000, 2000, 5000), { nil: undefined }),
  stateless: fc.option(fc.boolean(), { nil: undefined }),
  cache: fc.boolean(),
  cacheInstances: fc.integer({ min: 1, max: 3 }),
  cacheMemoryGb: fc.constantFrom(1, 4, 13, 26, 64),
  dbKind: fc.constantFrom("sql_database" as const, "nosql_database" as const),
  dbShards: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
  dbInstances: fc.integer({ min: 1, max: 2 }),
  replicas: fc.integer({ min: 0, max: 2 }),
  replicaInstances: fc.integer({ min: 1, max: 3 }),
  replication: fc.constantFrom("sync" as const, "semi-sync" as const, "async" as const),
  sessionsDb: fc.boolean(),
  queue: fc.boolean(),
  workerInstances: fc.integer({ min: 1, max: 6 }),
  logging: fc.boolean(),
  metrics: fc.boolean(),
});
export type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

/** client → [dns] → [cdn] → lb → web → [cache] → primary (+ replicas) / [queue → workers] → db / storage. */
export function buildDocument(req: Requirements, s: Shape): DesignDocument {
  const nodes: DesignNode[] = [];
  const edges: DesignEdge[] = [];
  const edge = (from: string, to: string) => {
    if (!edges.some((e) => e.from === from && e.to === to)) edges.push({ from, to });
  };
  const regionNames = [...(req.userRegions ?? ["us-east"]), ...REGIONS].filter((r, i, a) => a.indexOf(r) === i);
  const regionOf = (i: number) => (s.regionField || s.regions > 1 ? { region: regionNames[i] } : {});

  nodes.push({ id: "users", kind: "client" });
  if (s.dns) {
    nodes.push({ id: "dns", kind: "dns", ...(s.regions > 1 ? { geoRouting: true } : {}) });
    edge("users", "dns");
  }
  const entry = s.dns ? "dns" : "users";
  if (s.storage) nodes.push({ id: "media", kind: "object_storage", ...regionOf(0) });
  if (s.cdn) {
    nodes.push({ id: "cdn", kind: "cdn", ttlSeconds: 86400 });
    edge("users", "cdn");
  }

  const dbExtra = s.dbShards ? { shards: s.dbShards, shardKey: "user_id" } : {};
  nodes.push({ id: "db", kind: s.dbKind, role: "primary", instances: s.dbInstances, ...dbExtra, ...regionOf(0) });
  const replicaIds: string[] = [];
  for (let r = 0; r < s.replicas; r++) {
    const id = `db-replica-${r}`;
    replicaIds.push(id);
    nodes.push({ id, kind: s.dbKind, role: "replica", replicaOf: "db", replication: s.replication, instances: s.replicaInstances, ...regionOf(r % s.regions) });
  }
  if (s.sessionsDb) nodes.push({ id: "sessions", kind: "nosql_database", role: "primary", ...regionOf(0) });
  if (s.logging) nodes.push({ id: "logs", kind: "logging", ...regionOf(0) });
  if (s.metrics) nodes.push({ id: "metrics", kind: "metrics", ...regionOf(0) });

  for (let i = 0; i < s.regions; i++) {
    const at = regionOf(i);
    const web = `web-${i}`;
    nodes.push({
      id: web,
      kind: "web_server",
      instances: s.webInstances,
      ...(s.webCapacity ? { capacityRpsPerInstance: s.webCapacity } : {}),
      ...(s.stateless !== undefined ? { stateless: s.stateless } : {}),
      ...at,
    });
    if (s.lb > 0) {
      const lb = `lb-${i}`;
      nodes.push({ id: lb, kind: "load_balancer", instances: s.lbInstances, ...at });
      edge(entry, lb);
      edge(lb, web);
    } else {
      edge(entry, web);
    }
    if (s.cdn && !s.storage && i === 0) edge("cdn", s.lb > 0 ? "lb-0" : web);
    if (s.cache) {
      const cache = `cache-${i}`;
      nodes.push({ id: cache, kind: "cache", instances: s.cacheInstances, memoryGb: s.cacheMemoryGb, eviction: "lru", ...at });
      edge(web, cache);
    }
    edge(web, "db");
    for (const [r, id] of replicaIds.entries()) if (s.regions === 1 || r % s.regions === i) edge(web, id);
    if (s.sessionsDb) edge(web, "sessions");
    if (s.storage) edge(web, "media");
    if (s.queue) {
      const queue = `queue-${i}`;
      const workers = `workers-${i}`;
      nodes.push({ id: queue, kind: "message_queue", ...at }, { id: workers, kind: "worker", instances: s.workerInstances, ...at });
      edge(web, queue);
      edge(queue, workers);
      edge(workers, "db");
      if (s.storage) edge(workers, "media");
    }
    if (s.logging) edge(web, "logs");
    if (s.metrics) edge(web, "metrics");
  }
  if (s.cdn && s.storage) edge("cdn", "media");
  return { version: 1, requirements: req, design: { nodes, edges } };
}

export const isValid = (d: DesignDocument) => validateDesignDocument(d).ok;
export const designArb: fc.Arbitrary<DesignDocument> = fc
  .tuple(requirementsArb, shapeArb)
  .map(([req, shape]) => buildDocument(req, shape))
  .filter(isValid);

/**
 * Valid documents whose shape and requirements are first adjusted, so a property about, say,
 * "the only replica" is exercised on every run instead of being filtered out.
 */
export function designArbWith(patchShape: (s: Shape) => Shape, patchRequirements: (r: Requirements) => Requirements = (r) => r): fc.Arbitrary<DesignDocument> {
  return fc
    .tuple(requirementsArb, shapeArb)
    .map(([req, shape]) => buildDocument(patchRequirements(req), patchShape(shape)))
    .filter(isValid);
}
