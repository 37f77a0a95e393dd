import { z } from "zod";
import type { Text, TextParam } from "./text.ts";
import { list, text } from "./text-tree.ts";

// The design document v1 (simulator input) and the report (its output), as DESIGN.md names
// them. Every object is strict: an unknown field is a problem with its path, never ignored,
// so a typo such as "instance" for "instances" cannot silently fall back to a default.

export const DESIGN_LIMITS = { nodes: 300, edges: 1000, scenarios: 20 } as const;

export const NODE_KINDS = [
  "client",
  "dns",
  "cdn",
  "load_balancer",
  "web_server",
  "cache",
  "sql_database",
  "nosql_database",
  "message_queue",
  "worker",
  "object_storage",
  "logging",
  "metrics",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const REQUIREMENT_FIELDS = [
  "dailyActiveUsers",
  "readsPerUserPerDay",
  "writesPerUserPerDay",
  "peakToAverageRatio",
  "bytesPerRead",
  "bytesPerWrite",
  "mediaShareOfWrites",
  "bytesPerMedia",
  "slowWorkMsPerWrite",
  "retentionYears",
  "staticShareOfReads",
  "latencyP99Ms",
  "availabilityTarget",
  "userRegions",
  "consistency",
  "hotKeyShareOfReads",
] as const;
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number];

// z.number() already rejects NaN and ±Infinity in zod 4. Upper bounds keep every figure the
// simulator derives from them finite and meaningful (10 billion users is more than the world).
const count = z.number().nonnegative();
const atMost = (max: number, what: string) => z.number().nonnegative().max(max, `${what}: at most ${max.toLocaleString("en-US")}`);
const share = z.number().min(0).max(1);
const positive = z.number().positive();
const name = z.string().min(1).max(64);

// Every field is optional: a candidate fills requirements one clarification at a time, and the
// simulator fills the rest from documented defaults (see requirements.ts), reporting which.
export const RequirementsSchema = z.strictObject({
  dailyActiveUsers: atMost(1e10, "daily active users").optional(),
  readsPerUserPerDay: atMost(1e6, "reads per user per day").optional(),
  writesPerUserPerDay: atMost(1e6, "writes per user per day").optional(),
  peakToAverageRatio: z.number().min(1).max(1000).optional(),
  bytesPerRead: atMost(1e9, "bytes per read (1 GB)").optional(),
  bytesPerWrite: atMost(1e9, "bytes per write (1 GB)").optional(),
  mediaShareOfWrites: share.optional(),
  bytesPerMedia: atMost(1e11, "bytes per media item (100 GB)").optional(),
  // Slow or unreliable work each write sets off beyond storing it (a third-party provider call,
  // fan-out delivery, aggregation, fetching a page): in the request unless a queue takes it.
  slowWorkMsPerWrite: atMost(600000, "slow work per write (ms)").optional(),
  retentionYears: z.number().nonnegative().max(100).optional(),
  staticShareOfReads: share.optional(),
  latencyP99Ms: positive.max(600000, "latency SLO: at most 600 000 ms (10 minutes)").optional(),
  availabilityTarget: z.number().min(0).lt(1).optional(),
  userRegions: z.array(name).min(1).max(20).optional(),
  consistency: z.enum(["eventual", "strong"]).optional(),
  hotKeyShareOfReads: share.optional(),
});
export type Requirements = z.infer<typeof RequirementsSchema>;

export const NODE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

// Fields that only make sense on some kinds; anything else on a node is rejected.
export const KIND_SPECIFIC_FIELDS = {
  stateless: ["web_server"],
  geoRouting: ["dns"],
  memoryGb: ["cache"],
  ttlSeconds: ["cache", "cdn"],
  eviction: ["cache"],
  role: ["sql_database", "nosql_database"],
  replicaOf: ["sql_database", "nosql_database"],
  replication: ["sql_database", "nosql_database"],
  shards: ["sql_database", "nosql_database", "cache"],
  shardKey: ["sql_database", "nosql_database", "cache"],
  consumers: ["worker"],
} as const satisfies Record<string, readonly NodeKind[]>;

export const NodeSchema = z
  .strictObject({
    id: z.string().regex(NODE_ID_PATTERN, "id: 1-64 characters, letters, digits, _ . : -"),
    kind: z.enum(NODE_KINDS),
    label: z.string().max(200).optional(),
    region: name.optional(),
    instances: z.number().int().min(1).max(10000).optional(),
    capacityRpsPerInstance: positive.max(1e9, "capacity: at most 1 000 000 000 rps per instance").optional(),
    serviceTimeMs: positive.max(600000).optional(),
    availabilityPerInstance: z.number().gt(0).max(1).optional(),
    stateless: z.boolean().optional(),
    geoRouting: z.boolean().optional(),
    memoryGb: positive.max(1e6).optional(),
    ttlSeconds: positive.max(3.2e9, "TTL: at most 3 200 000 000 s (about a century)").optional(),
    eviction: z.enum(["lru", "lfu", "fifo"]).optional(),
    role: z.enum(["primary", "replica"]).optional(),
    replicaOf: z.string().min(1).max(64).optional(),
    replication: z.enum(["sync", "semi-sync", "async"]).optional(),
    shards: z.number().int().min(1).max(10000).optional(),
    shardKey: z.string().min(1).max(200).optional(),
    consumers: z.number().int().min(1).max(10000).optional(),
  })
  .superRefine((node, ctx) => {
    for (const [field, kinds] of Object.entries(KIND_SPECIFIC_FIELDS)) {
      if (node[field as keyof typeof node] === undefined) continue;
      if (!(kinds as readonly string[]).includes(node.kind)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `"${field}" is not a field of a ${node.kind} node (only ${kinds.join(", ")})`,
          params: { text: text("simulator.validation.fieldOfOtherKind", { field, kind: node.kind, kinds: list([...kinds]) }) },
        });
      }
    }
    if (node.replicaOf !== undefined && node.role === "primary") {
      ctx.addIssue({
        code: "custom",
        path: ["replicaOf"],
        message: "a primary cannot be a replica of another node",
        params: { text: text("simulator.validation.primaryIsReplica") },
      });
    }
  });
export type DesignNode = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.strictObject({
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64),
  label: z.string().max(200).optional(),
});
export type DesignEdge = z.infer<typeof EdgeSchema>;

export const DesignSchema = z.strictObject({
  nodes: z.array(NodeSchema).max(DESIGN_LIMITS.nodes),
  edges: z.array(EdgeSchema).max(DESIGN_LIMITS.edges),
});
export type Design = z.infer<typeof DesignSchema>;

export const SCENARIO_KINDS = [
  "baseline",
  "instance_failure",
  "node_down",
  "region_outage",
  "cdn_outage",
  "cache_cold",
  "traffic_spike",
  "hot_key",
] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const ScenarioSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("baseline") }),
  z.strictObject({ kind: z.literal("instance_failure"), node: z.string().min(1).max(64), instances: z.number().int().min(1).max(10000) }),
  z.strictObject({ kind: z.literal("node_down"), node: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal("region_outage"), region: name }),
  z.strictObject({ kind: z.literal("cdn_outage") }),
  z.strictObject({ kind: z.literal("cache_cold") }),
  z.strictObject({ kind: z.literal("traffic_spike"), factor: z.number().gt(0).max(1000) }),
  z.strictObject({ kind: z.literal("hot_key"), shareOfReads: share }),
]);
export type Scenario = z.infer<typeof ScenarioSchema>;

const phaseBand = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);
export const ProcessSchema = z.strictObject({
  phaseSeconds: z.tuple([count, count, count, count]),
  phaseBandsMinutes: z.tuple([phaseBand, phaseBand, phaseBand, phaseBand]).optional(),
  questionsAsked: z.number().int().nonnegative(),
  questionsBeforeFirstComponent: z.number().int().nonnegative(),
  keyFactsRevealed: z.number().int().nonnegative(),
  keyFactsTotal: z.number().int().nonnegative(),
  requirementFieldsFilled: z.number().int().nonnegative(),
  assumptionsStated: z.number().int().nonnegative(),
  candidateEstimates: z.strictObject({
    readQps: count.optional(),
    writeQps: count.optional(),
    peakQps: count.optional(),
    storageBytesPerDay: count.optional(),
    storageBytesOverRetention: count.optional(),
    egressBytesPerSecond: count.optional(),
  }),
  feedbackRequestedInPhase2: z.boolean(),
  wrapUpWords: z.number().int().nonnegative(),
  tradeoffsNoted: z.boolean(),
  unitsWritten: z.boolean(),
  /** Follow-up probes the interviewer put to the candidate, and those answered with what it looked for. */
  probesAsked: z.number().int().nonnegative().optional(),
  probesAnswered: z.number().int().nonnegative().optional(),
});
export type ProcessBlock = z.infer<typeof ProcessSchema>;

export const DesignDocumentSchema = z.strictObject({
  version: z.literal(1),
  requirements: RequirementsSchema,
  design: DesignSchema,
  scenarios: z.array(ScenarioSchema).max(DESIGN_LIMITS.scenarios).optional(),
  process: ProcessSchema.optional(),
});
export type DesignDocument = z.infer<typeof DesignDocumentSchema>;

// ---- report ---------------------------------------------------------------------------------

// Language-neutral text (text.ts): a message key and its parameters, which may be texts or
// lists in turn. Reports stored before texts existed have none; readers fall back to the English.
export const TextSchema: z.ZodType<Text> = z.lazy(() =>
  z.strictObject({ key: z.string().min(1).max(200), params: z.record(z.string(), TextParamSchema).optional() }),
);
const TextParamSchema: z.ZodType<TextParam> = z.lazy(() =>
  z.union([z.string(), z.number(), TextSchema, z.strictObject({ list: z.array(TextParamSchema), join: z.enum(["comma", "semicolon", "and", "or"]) })]),
);


const qps = z.strictObject({ average: z.number(), peak: z.number() });
// A percentile is null when it falls among requests that never complete (a saturated station).
const latencyMs = z.number().nullable();
const percentiles = z.strictObject({ p50Ms: latencyMs, p95Ms: latencyMs, p99Ms: latencyMs });
export const SEVERITIES = ["critical", "warning", "info"] as const;
export const TIMELINE_STAGES = ["healthy", "detection", "failover", "warmup", "recovered"] as const;

export const ComponentReportSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  offeredRps: z.number(),
  capacityRps: z.number(),
  utilization: z.number(),
  saturated: z.boolean(),
  p99Ms: latencyMs,
  instances: z.number(),
  servers: z.number(),
  serviceTimeMs: z.number(),
  availability: z.number(),
  hitRatio: z.number().optional(),
  /** Whether some request class passes through it in the healthy state (verdict rule 3). */
  live: z.boolean().optional(),
  /** Units at the utilisation target with one spare (sizing.ts). */
  rightSizedUnits: z.number().optional(),
});
export type ComponentReport = z.infer<typeof ComponentReportSchema>;

export const TimelinePointSchema = z.strictObject({
  tSeconds: z.number(),
  servedShare: z.number(),
  p99Ms: latencyMs,
  stage: z.enum(TIMELINE_STAGES),
});
export type TimelinePoint = z.infer<typeof TimelinePointSchema>;

export const ScenarioResultSchema = z.strictObject({
  scenario: ScenarioSchema,
  servedShare: z.number(),
  p99Ms: latencyMs,
  dataAtRiskWrites: z.number(),
  /** English, rendered from `summaryText`. */
  summary: z.string(),
  summaryText: TextSchema.optional(),
  /** Share of the year's error budget this kind of event uses (frequency × failed minutes). */
  errorBudgetShare: z.number(),
  withinErrorBudget: z.boolean(),
  bottleneck: z.string().nullable(),
  timeline: z.array(TimelinePointSchema).max(120),
  eventsPerYear: z.number().optional(),
  failedMinutesPerYear: z.number().optional(),
});
export type ScenarioResult = z.infer<typeof ScenarioResultSchema>;

export const FindingSchema = z.strictObject({
  id: z.string(),
  severity: z.enum(SEVERITIES),
  concept: z.string(),
  /** English, rendered from `text` (kept for the CLI and API consumers). */
  message: z.string(),
  nodes: z.array(z.string()),
  text: TextSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const CriterionSchema = z.strictObject({
  id: z.string(),
  group: z.enum(["problemNavigation", "solutionDesign", "technicalExcellence", "communication"]),
  /** English, rendered from `labelText`. */
  label: z.string(),
  result: z.enum(["pass", "partial", "fail", "not-assessed"]),
  points: z.number(),
  max: z.number(),
  /** English, rendered from `evidenceText`. */
  evidence: z.string(),
  concept: z.string(),
  labelText: TextSchema.optional(),
  evidenceText: TextSchema.optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

const requirementValue = z.union([z.number(), z.string(), z.array(z.string())]);

export const SCORE_BANDS = ["no hire", "lean no hire", "lean hire", "hire", "strong hire"] as const;

export const ReportSchema = z.strictObject({
  version: z.literal(1),
  seed: z.number(),
  requirementsUsed: z.record(z.string(), z.unknown()),
  defaultedRequirements: z.array(z.string()),
  estimates: z.strictObject({
    readQps: qps,
    staticQps: qps,
    writeQps: qps,
    storageBytesPerDay: z.number(),
    storageBytesOverRetention: z.number(),
    ingressBytesPerSecond: z.number(),
    egressBytesPerSecond: z.number(),
  }),
  components: z.array(ComponentReportSchema),
  latency: z.strictObject({ dynamicRead: percentiles, write: percentiles, staticRead: percentiles }),
  availability: z.strictObject({
    estimate: z.number(),
    downtimeMinutesPerYear: z.number(),
    limitedBy: z.array(z.string()),
    perClass: z.strictObject({ dynamicRead: z.number(), write: z.number(), staticRead: z.number() }),
  }),
  spofs: z.array(z.string()),
  scenarios: z.array(ScenarioResultSchema),
  findings: z.array(FindingSchema),
  cost: z.strictObject({
    /** Per month with storage at the end of the first year. */
    monthlyUsd: z.number(),
    lines: z.array(z.strictObject({ node: z.string(), usd: z.number(), basis: z.string() })),
    storage: z.strictObject({ firstYearMonthlyUsd: z.number(), fullRetentionMonthlyUsd: z.number() }).optional(),
    /** The same paths with each tier at the utilisation target plus one spare (verdict rule 5). */
    rightSizedMonthlyUsd: z.number().optional(),
    /** monthlyUsd ÷ rightSizedMonthlyUsd. */
    ratioToRightSized: z.number().optional(),
  }),
  score: z.strictObject({
    total: z.number(),
    max: z.number(),
    band: z.enum(SCORE_BANDS),
    assessedMax: z.number(),
    criteria: z.array(CriterionSchema),
    /** Correctness gates that cap the band (verdict rule 2): one caps at lean no hire, two at no hire. */
    gates: z.array(z.strictObject({ id: z.string(), message: z.string(), text: TextSchema.optional() })).optional(),
    /** Judgment flaws that cap the band lower: one at hire, two or more at lean hire. */
    flaws: z.array(z.strictObject({ id: z.string(), message: z.string(), text: TextSchema.optional() })).optional(),
    /** Share of peak requests the design serves in the healthy state (verdict rule 1). */
    servedShare: z.number().optional(),
  }),
  meetsRequirements: z.boolean(),
  unmetRequirements: z.array(
    // `actualText`: when the actual value is words ("saturated"), the same in language-neutral text.
    z.strictObject({ requirement: z.string(), target: requirementValue, actual: requirementValue, actualText: TextSchema.optional() }),
  ),
});
export type Report = z.infer<typeof ReportSchema>;
