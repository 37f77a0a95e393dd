import type { NodeKind } from "@/lib/simulator/schema";

/** Short, readable id stems, as the design document examples use them. */
export const ID_STEMS: Record<NodeKind, string> = {
  client: "users",
  dns: "dns",
  cdn: "cdn",
  load_balancer: "lb",
  web_server: "web",
  cache: "cache",
  sql_database: "db",
  nosql_database: "nosql",
  message_queue: "queue",
  worker: "worker",
  object_storage: "storage",
  logging: "logs",
  metrics: "metrics",
};

/** The first of `lb`, `lb-2`, `lb-3`, … that no node uses yet. */
export function freeId(kind: NodeKind, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = ID_STEMS[kind];
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
