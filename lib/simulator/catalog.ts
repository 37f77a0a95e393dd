import type { NodeKind } from "./schema.ts";

// Defaults per component kind, each with where it comes from. A design may override
// capacityRpsPerInstance, serviceTimeMs and availabilityPerInstance per node; the rest are
// model constants. Latencies follow the Dean / Norvig table (round trip inside a data centre
// 0.5 ms, 4 KB random SSD read 150 µs, disk seek 10 ms, intercontinental round trip 150 ms);
// availabilities follow the public AWS SLA pages quoted in SIMULATOR.md (single VM 99.5 %,
// ELB 99.99 %, CloudFront 99.9 %, S3 designed for 99.99 %); prices are AWS us-east-1 on-demand
// list prices (Linux, 2024), rounded. Capacities are typical single-instance throughputs
// for the simple key lookups an interview design assumes.

export type KindDefaults = {
  capacityRpsPerInstance: number;
  serviceTimeMs: number;
  availabilityPerInstance: number;
  hourlyUsd: number;
};

export type KindEntry = { label: string; description: string; defaults: KindDefaults; source: string };

/** Effectively unlimited capacity for managed, horizontally scaled edges (client, DNS, CDN). */
export const UNLIMITED_RPS = 1e9;

export const KIND_CATALOG: Record<NodeKind, KindEntry> = {
  client: {
    label: "Users",
    description: "Web browsers and mobile apps; where every request starts.",
    defaults: { capacityRpsPerInstance: UNLIMITED_RPS, serviceTimeMs: 0, availabilityPerInstance: 1, hourlyUsd: 0 },
    source: "Not modelled as a failure: the users are always there.",
  },
  dns: {
    label: "DNS",
    description: "Resolves the domain to the load balancer or CDN; with geoRouting, to the nearest region.",
    defaults: { capacityRpsPerInstance: UNLIMITED_RPS, serviceTimeMs: 0, availabilityPerInstance: 1, hourlyUsd: 0.5 / 730 },
    source: "Route 53 SLA 100 %; lookups are cached by clients so they add no per-request latency; $0.50 per hosted zone-month + $0.40 per million queries.",
  },
  cdn: {
    label: "CDN",
    description: "Edge caches for static assets and media; misses go to the origin.",
    defaults: { capacityRpsPerInstance: UNLIMITED_RPS, serviceTimeMs: 5, availabilityPerInstance: 0.999, hourlyUsd: 0 },
    source: "CloudFront SLA 99.9 %; edge hit ~5 ms; $0.085 per GB out (first 10 TB) instead of $0.09 from the origin.",
  },
  load_balancer: {
    label: "Load balancer",
    description: "Spreads requests over the web servers behind it and stops sending to failed ones.",
    defaults: { capacityRpsPerInstance: 50000, serviceTimeMs: 0.1, availabilityPerInstance: 0.9999, hourlyUsd: 0.0225 },
    source: "ELB SLA 99.99 %; ALB $0.0225 per hour plus LCUs; sub-millisecond forwarding (HAProxy / NGINX tens of thousands rps per core).",
  },
  web_server: {
    label: "Web server",
    description: "Runs the application: parses the request, calls cache and database, renders the response.",
    defaults: { capacityRpsPerInstance: 1000, serviceTimeMs: 10, availabilityPerInstance: 0.995, hourlyUsd: 0.096 },
    source: "EC2 single-instance SLA 99.5 %; m5.large $0.096 per hour; 10 ms of CPU per request, 10 concurrent workers -> 1 000 rps (Little's law).",
  },
  cache: {
    label: "Cache",
    description: "In-memory key-value store (Redis, Memcached) in front of the database.",
    defaults: { capacityRpsPerInstance: 50000, serviceTimeMs: 0.2, availabilityPerInstance: 0.995, hourlyUsd: 0.206 },
    source: "Main-memory access 100 ns + 0.5 ms data-centre round trip (Dean/Norvig); Redis ~50-100 k ops/s per node; cache.r6g.large (13 GB) $0.206 per hour; single node 99.5 %.",
  },
  sql_database: {
    label: "SQL database",
    description: "Relational database (MySQL, PostgreSQL); a primary takes writes, replicas take reads.",
    defaults: { capacityRpsPerInstance: 2000, serviceTimeMs: 5, availabilityPerInstance: 0.995, hourlyUsd: 0.171 },
    source: "A few 150 µs SSD reads plus query work ~5 ms; ~2 000 simple queries/s per instance; RDS single-AZ 99.5 %; db.m5.large $0.171 per hour + $0.115 per GB-month gp2.",
  },
  nosql_database: {
    label: "NoSQL database",
    description: "Key-value, wide-column or document store (Cassandra, DynamoDB); scales writes by partition.",
    defaults: { capacityRpsPerInstance: 5000, serviceTimeMs: 2, availabilityPerInstance: 0.995, hourlyUsd: 0.156 },
    source: "O(1) key lookups ~2 ms; ~5 000 ops/s per node; i3.large $0.156 per hour + $0.08 per GB-month; single node 99.5 %.",
  },
  message_queue: {
    label: "Message queue",
    description: "Durable buffer between producers and consumers (Kafka, SQS, RabbitMQ); decouples slow work.",
    defaults: { capacityRpsPerInstance: 20000, serviceTimeMs: 2, availabilityPerInstance: 0.995, hourlyUsd: 0.21 },
    source: "A replicated append ~2 ms; a broker takes tens of thousands of small messages/s; MSK kafka.m5.large $0.21 per hour.",
  },
  worker: {
    label: "Worker",
    description: "Consumes jobs from a queue: media processing, fan-out, notifications.",
    defaults: { capacityRpsPerInstance: 50, serviceTimeMs: 200, availabilityPerInstance: 0.995, hourlyUsd: 0.096 },
    source: "A slow job (resize or transcode a 1 MB image) ~200 ms on 10 threads -> 50 jobs/s; m5.large $0.096 per hour.",
  },
  object_storage: {
    label: "Object storage",
    description: "Blob store for media and static files (S3); the CDN's origin.",
    defaults: { capacityRpsPerInstance: 5500, serviceTimeMs: 20, availabilityPerInstance: 0.9999, hourlyUsd: 0 },
    source: "S3 designed for 99.99 % availability; 5 500 GET/s per prefix; ~20 ms first byte; $0.023 per GB-month + $0.0004 per 1 000 GET.",
  },
  logging: {
    label: "Logging",
    description: "Collects error logs from every server, off the request path.",
    defaults: { capacityRpsPerInstance: 20000, serviceTimeMs: 1, availabilityPerInstance: 0.995, hourlyUsd: 0.096 },
    source: "Asynchronous shipping (no user latency); m5.large $0.096 per hour.",
  },
  metrics: {
    label: "Metrics",
    description: "Host and business metrics, dashboards and alerts, off the request path.",
    defaults: { capacityRpsPerInstance: 20000, serviceTimeMs: 1, availabilityPerInstance: 0.995, hourlyUsd: 0.096 },
    source: "Asynchronous scraping (no user latency); m5.large $0.096 per hour.",
  },
};

/** Model constants beyond the per-kind table; every one is named in the report's evidence. */
export const MODEL_CONSTANTS = {
  /** Round trip between two services in one data centre (Dean / Norvig). */
  hopMs: 0.5,
  /** Round trip California -> Netherlands -> California (Dean / Norvig); used between regions. */
  interRegionRttMs: 150,
  /** Probability that a whole region is up (regional events, ~53 min a year). */
  regionAvailability: 0.9999,
  /**
   * Mean time to replace a failed instance; turns availability into failures per year: at
   * 99.5 % that is 0.005 × 8 760 / 4 ≈ 11 a year, close to SIMULATOR.md's "one failover every
   * 30 days".
   */
  mttrHours: 4,
  /** Async replication lag at peak (MySQL / PostgreSQL streaming, seconds under load). */
  asyncLagSeconds: 1,
  /** Managed SQL multi-AZ instance failover 60-120 s (AWS RDS docs); the low end. */
  dbFailoverSeconds: 60,
  /** Health-check detection: 10 s interval x 3 failures (Route 53 / ELB defaults). */
  detectionSeconds: 30,
  /** DNS failover between regions: detection + 60 s TTL. */
  dnsFailoverSeconds: 90,
  /** CPU time to process one media upload on a web server when no queue takes it away. */
  mediaProcessingMs: 200,
  /** Popularity: Zipf exponent of dynamic keys and static assets (web traces: 0.6-1.0). */
  zipfS: 0.9,
  /** Static assets the CDN serves (distinct files). */
  staticAssets: 100000,
  /** Bounds on the dynamic key universe (stored items over retention). */
  minKeys: 10000,
  maxKeys: 100000000,
  /** Memory of one cache instance when memoryGb is not given (cache.r6g.large). */
  cacheMemoryGb: 13,
  /** CDN TTL when ttlSeconds is not given (one day). */
  cdnTtlSeconds: 86400,
  /** Seconds simulated per scenario (1 s ticks). */
  scenarioSeconds: 600,
  /** Peak utilisation the scoring treats as healthy headroom. */
  utilizationTarget: 0.7,
  /** Per-node storage a database unit holds (a large SSD volume; shards multiply it). */
  storageBytesPerDatabaseUnit: 10e12,
  /** Instances in all above which logging and metrics are expected (verdict rule 8). */
  observabilityFleetSize: 10,
  hoursPerMonth: 730,
};

/**
 * How often each kind of failure scenario happens and how long one lasts, for the yearly error
 * budget (verdict rule 7): a scenario's yearly cost is frequency × the minutes of requests it
 * fails. Instance and node failures follow from availability (failures a year = (1 − A) ×
 * 8 760 h ÷ MTTR, so a 99.5 % instance fails about 11 times a year) and last until replaced
 * (MTTR); region outages about once a year (AWS posts a major regional event or two a year;
 * 99.99 % is 53 min); CDN outages twice a year (CloudFront's 99.9 % SLA allows 8.8 h);
 * a 2× spike monthly, rarer as it grows (24 ÷ factor² a year); a hot key once a month (a viral
 * item); a cache flush whenever a cache instance fails or restarts. Events without a repair
 * last an hour.
 */
export const SCENARIO_FREQUENCY = {
  regionOutagesPerYear: 1,
  cdnOutagesPerYear: 2,
  hotKeyEventsPerYear: 12,
  spikesPerYearAt2x: 12,
  eventMinutes: 60,
} as const;

/** Price table (USD), AWS us-east-1 list prices, rounded. */
export const PRICES = {
  egressPerGb: 0.09,
  cdnEgressPerGb: 0.085,
  objectStoragePerGbMonth: 0.023,
  objectGetPer1000: 0.0004,
  sqlStoragePerGbMonth: 0.115,
  nosqlStoragePerGbMonth: 0.08,
  dnsQueriesPerMillion: 0.4,
  secondsPerMonth: 730 * 3600,
};

export function kindDefaults(kind: NodeKind): KindDefaults {
  return KIND_CATALOG[kind].defaults;
}
