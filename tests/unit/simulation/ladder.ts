import type { DesignDocument } from "@/lib/simulator/schema";

/**
 * The design from issue 8 that once took the server down: a client, `layers` layers of two load
 * balancers each linked to both in the next layer, and one database — 2^layers request paths.
 */
export function ladder(layers: number): DesignDocument {
  const nodes: DesignDocument["design"]["nodes"] = [{ id: "client", kind: "client" }];
  const edges: DesignDocument["design"]["edges"] = [];
  let previous = ["client"];
  for (let layer = 0; layer < layers; layer++) {
    const current = [`lb-${layer}-a`, `lb-${layer}-b`];
    for (const id of current) nodes.push({ id, kind: "load_balancer" });
    for (const from of previous) for (const to of current) edges.push({ from, to });
    previous = current;
  }
  nodes.push({ id: "db", kind: "sql_database" });
  for (const from of previous) edges.push({ from, to: "db" });
  return { version: 1, requirements: { dailyActiveUsers: 1_000_000, readsPerUserPerDay: 10, writesPerUserPerDay: 1 }, design: { nodes, edges } } as DesignDocument;
}
