import type { PrismaClient } from "@/lib/db";
import type { ClientEvent } from "@/lib/interview/events";
import type { Design } from "@/lib/simulator/schema";
import { appendClientEvents, requestFeedback, runScenario } from "./operations";
import { startSession } from "./start-session";

/**
 * One finished interview for the demo candidate, so a first visit has a report and a replay to
 * look at. It is sat through the same functions the app's routes call (start, append, feedback,
 * scenario, submit), at a believable pace: the session is dated 40 minutes back and each step
 * happens at its minute, so the clock, the checklist and the report judge it like any other.
 */
export const SAMPLE_PROMPT = "scale-to-millions";

// A sound single-region design sized from the candidate's own estimates: what a solid first
// attempt looks like. It was drawn without asking where the users are, so the report shows what
// the unasked second region costs against the full requirements.
const SAMPLE_DESIGN: Design = {
  nodes: [
    { id: "users", kind: "client", label: "Users" },
    { id: "dns", kind: "dns", label: "DNS" },
    { id: "cdn", kind: "cdn", label: "CDN", ttlSeconds: 86400 },
    { id: "lb", kind: "load_balancer", label: "Load balancer", instances: 2, region: "us-east" },
    { id: "web", kind: "web_server", label: "Web tier", instances: 10, stateless: true, region: "us-east" },
    { id: "cache", kind: "cache", label: "Cache", instances: 2, memoryGb: 64, eviction: "lru", region: "us-east" },
    { id: "db", kind: "sql_database", label: "Primary DB", role: "primary", shards: 4, shardKey: "user_id", region: "us-east" },
    { id: "db-replica", kind: "sql_database", label: "Read replicas", role: "replica", replicaOf: "db", replication: "semi-sync", instances: 2, region: "us-east" },
    { id: "media", kind: "object_storage", label: "Photo storage", region: "us-east" },
    { id: "queue", kind: "message_queue", label: "Write jobs", instances: 2, region: "us-east" },
    { id: "workers", kind: "worker", label: "Post writers and photo resizers", instances: 16, region: "us-east" },
    { id: "logs", kind: "logging", label: "Logs", instances: 2 },
    { id: "metrics", kind: "metrics", label: "Metrics", instances: 2 },
  ],
  edges: [
    { from: "users", to: "dns" },
    { from: "users", to: "cdn" },
    { from: "users", to: "lb" },
    { from: "cdn", to: "media" },
    { from: "lb", to: "web" },
    { from: "web", to: "cache" },
    { from: "web", to: "db" },
    { from: "web", to: "db-replica" },
    { from: "web", to: "media" },
    { from: "web", to: "queue" },
    { from: "queue", to: "workers" },
    { from: "workers", to: "media" },
    { from: "workers", to: "db" },
    { from: "web", to: "logs" },
    { from: "web", to: "metrics" },
    { from: "workers", to: "logs" },
    { from: "workers", to: "metrics" },
  ],
};

function note(text: string) {
  return { doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }, text };
}

const WRAP_UP =
  "Summary: a stateless web tier behind a load balancer, a cache in front of a primary sharded four ways by user id " +
  "with semi-sync read replicas, writes and photo processing through a queue to workers, photos in object storage behind a CDN, " +
  "logs and metrics on every tier. Bottlenecks: cache misses after a failover, and everything lives in one region. " +
  "Failures: a shard's primary fails over to its replica in about a minute without losing acknowledged writes. " +
  "At 10x I would add a second region behind geo-DNS and split the shards further.";

type Step = { minute: number } & (
  | { events: Omit<ClientEvent, "id">[] }
  | { feedback: true }
  | { scenario: { kind: "node_down"; node: string } }
);

const STEPS: Step[] = [
  { minute: 0.5, events: [{ type: "question_asked", payload: { text: "How many daily active users do we have?" } }] },
  { minute: 1.5, events: [{ type: "question_asked", payload: { text: "What is the ratio of reads to writes?" } }] },
  { minute: 2.5, events: [{ type: "question_asked", payload: { text: "What availability do we need?" } }] },
  { minute: 3.5, events: [{ type: "question_asked", payload: { text: "How big are the photos people upload?" } }] },
  { minute: 4.5, events: [{ type: "question_asked", payload: { text: "What latency do users expect?" } }] },
  {
    minute: 5.5,
    events: [
      { type: "functional_set", payload: { items: ["Browse the home page and profiles", "Post short updates, some with a photo"] } },
      { type: "requirement_set", payload: { field: "retentionYears", value: 5, source: "assumption" } },
      { type: "estimate_set", payload: { field: "readQps", value: 3000 } },
      { type: "note_set", payload: { phase: 1, ...note("Read heavy. Photos dominate storage. Assume five years of retention.") } },
    ],
  },
  { minute: 7, events: [{ type: "phase_advanced", payload: { from: 1, to: 2, reason: "manual" } }] },
  { minute: 14, events: [{ type: "design_set", payload: { design: SAMPLE_DESIGN, layout: {} } }] },
  { minute: 17, feedback: true },
  { minute: 19, events: [{ type: "phase_advanced", payload: { from: 2, to: 3, reason: "manual" } }] },
  { minute: 24, scenario: { kind: "node_down", node: "db" } },
  { minute: 30, events: [{ type: "note_set", payload: { phase: 3, ...note("Failover takes about a minute; semi-sync replication keeps every acknowledged write.") } }] },
  { minute: 35, events: [{ type: "phase_advanced", payload: { from: 3, to: 4, reason: "manual" } }] },
  { minute: 38, events: [{ type: "note_set", payload: { phase: 4, ...note(WRAP_UP) } }] },
  { minute: 39, events: [{ type: "submitted", payload: { reason: "manual" } }] },
];

export async function createSampleSession(client: PrismaClient, userId: string, now = new Date()): Promise<{ id: string }> {
  const { id } = await startSession(client, userId, { slug: SAMPLE_PROMPT, mode: "PRACTICE" });
  const startedAt = new Date(now.getTime() - 40 * 60_000);
  await client.interviewSession.update({ where: { id }, data: { startedAt } });
  for (const [index, step] of STEPS.entries()) {
    const who = { sessionId: id, userId, now: new Date(startedAt.getTime() + step.minute * 60_000), timeScale: 1 };
    const requestId = `sample-${String(index).padStart(3, "0")}-step`;
    if ("feedback" in step) await requestFeedback(client, who, requestId);
    else if ("scenario" in step) await runScenario(client, who, requestId, step.scenario);
    else {
      const events = step.events.map((event, n) => ({ ...event, id: `${requestId}-${n}` }) as ClientEvent);
      const result = await appendClientEvents(client, who, events);
      if (result.rejected.length > 0) throw new Error(`sample session: ${result.rejected.map((r) => r.reason).join("; ")}`);
    }
  }
  return { id };
}
