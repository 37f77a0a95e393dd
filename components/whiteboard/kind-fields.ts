import { KIND_SPECIFIC_FIELDS, type DesignNode, type NodeKind } from "@/lib/simulator/schema";

/**
 * How each kind is named in English: `label` as a title, `noun` inside sentences ("Add load
 * balancer"). The UI reads the names in the visitor's language (use-kind-names.ts, messages
 * whiteboard.kinds); this table is the English copy for code outside React.
 */
export const KIND_NAMES: Record<NodeKind, { label: string; noun: string }> = {
  client: { label: "Client", noun: "client" },
  dns: { label: "DNS", noun: "DNS" },
  cdn: { label: "CDN", noun: "CDN" },
  load_balancer: { label: "Load balancer", noun: "load balancer" },
  web_server: { label: "Web server", noun: "web server" },
  cache: { label: "Cache", noun: "cache" },
  sql_database: { label: "SQL database", noun: "SQL database" },
  nosql_database: { label: "NoSQL database", noun: "NoSQL database" },
  message_queue: { label: "Message queue", noun: "message queue" },
  worker: { label: "Worker", noun: "worker" },
  object_storage: { label: "Object storage", noun: "object storage" },
  logging: { label: "Logging", noun: "logging" },
  metrics: { label: "Metrics", noun: "metrics" },
};

/**
 * Editable node fields: every field of NodeSchema except the identity (`id`, `kind`). `label` and
 * `hint` are the English texts; the inspector shows whiteboard.fields.<name> in the visitor's language.
 */
export type FieldName = Exclude<keyof DesignNode, "id" | "kind">;

export type FieldSpec =
  | { name: FieldName; label: string; input: "text"; hint?: string }
  | { name: FieldName; label: string; input: "number"; step: string; hint?: string }
  | { name: FieldName; label: string; input: "checkbox"; defaultChecked: boolean; hint?: string }
  | { name: FieldName; label: string; input: "select"; options: readonly string[]; hint?: string }
  // A choice among the design's other database nodes.
  | { name: FieldName; label: string; input: "node"; hint?: string };

const COMMON_FIELDS: FieldSpec[] = [
  { name: "label", label: "Label", input: "text" },
  { name: "region", label: "Region", input: "text", hint: "Nodes with the same region share a data centre" },
  { name: "instances", label: "Instances", input: "number", step: "1" },
  { name: "capacityRpsPerInstance", label: "Capacity per instance (req/s)", input: "number", step: "any", hint: "Empty: the kind's default" },
  { name: "serviceTimeMs", label: "Service time (ms)", input: "number", step: "any", hint: "Empty: the kind's default" },
  { name: "availabilityPerInstance", label: "Availability per instance (0–1)", input: "number", step: "any", hint: "Empty: the kind's default" },
];

// Order matters: it is the order of the inspector's form.
const SPECIFIC_FIELDS: FieldSpec[] = [
  { name: "stateless", label: "Stateless (unchecked: sticky sessions)", input: "checkbox", defaultChecked: true },
  { name: "geoRouting", label: "Geo routing", input: "checkbox", defaultChecked: false },
  { name: "memoryGb", label: "Memory (GB)", input: "number", step: "any" },
  { name: "ttlSeconds", label: "TTL (s)", input: "number", step: "any" },
  { name: "eviction", label: "Eviction", input: "select", options: ["lru", "lfu", "fifo"] },
  { name: "role", label: "Role", input: "select", options: ["primary", "replica"] },
  { name: "replicaOf", label: "Replica of", input: "node" },
  { name: "replication", label: "Replication", input: "select", options: ["sync", "semi-sync", "async"] },
  { name: "shards", label: "Shards", input: "number", step: "1" },
  { name: "shardKey", label: "Shard key", input: "text" },
  { name: "consumers", label: "Consumers", input: "number", step: "1" },
];

function kindHasField(kind: NodeKind, field: FieldName): boolean {
  const kinds = (KIND_SPECIFIC_FIELDS as Record<string, readonly NodeKind[]>)[field];
  return kinds === undefined || kinds.includes(kind);
}

/** The inspector's fields for one kind, derived from the simulator's own kind/field table. */
export function fieldsForKind(kind: NodeKind): FieldSpec[] {
  return [...COMMON_FIELDS, ...SPECIFIC_FIELDS].filter((spec) => kindHasField(kind, spec.name));
}
