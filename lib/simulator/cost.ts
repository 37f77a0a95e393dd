import { KIND_CATALOG, MODEL_CONSTANTS, PRICES } from "./catalog.ts";
import type { ModelGraph, ModelNode } from "./graph.ts";
import type { Estimates } from "./estimate.ts";
import type { ResolvedRequirements } from "./requirements.ts";

export type CostLine = { node: string; usd: number; basis: string };
export type CostReport = { monthlyUsd: number; lines: CostLine[] };

const usd = (x: number) => Math.round(x * 100) / 100;
const GB = 1e9;

/** Instances billed for a node: every copy of every shard. */
export function billedInstances(n: ModelNode): number {
  if (n.isPrimary) return n.instances * (n.node.shards ?? 1);
  return n.units;
}

/**
 * Monthly cost from the price table in catalog.ts: instance-hours × 730, storage at full
 * retention (GB-month) on every database copy or in object storage, egress per GB (CDN price
 * for what the CDN serves, internet egress for the rest), DNS zone and queries.
 */
export function computeCost(
  graph: ModelGraph,
  req: ResolvedRequirements,
  est: Estimates,
  cdnHitRatio: number,
  originStaticGetsPerSecond: number,
): CostReport {
  const lines: CostLine[] = [];
  const hours = MODEL_CONSTANTS.hoursPerMonth;
  const hasObjectStorage = graph.nodes.some((n) => n.kind === "object_storage");
  const mediaBytes = est.storageBytesOverRetention * share(req, "media");
  const rowBytes = est.storageBytesOverRetention - mediaBytes;
  const primaries = graph.nodes.filter((n) => n.isPrimary);
  for (const n of graph.nodes) {
    const hourly = KIND_CATALOG[n.kind].defaults.hourlyUsd;
    const count = billedInstances(n);
    if (n.kind === "client") continue;
    if (n.kind === "dns") {
      const queries = (req.dailyActiveUsers * 30) / 1e6;
      lines.push({ node: n.id, usd: usd(0.5 + queries * PRICES.dnsQueriesPerMillion), basis: `$0.50 zone + ${queries.toFixed(1)} M lookups (1 per user per day) × $${PRICES.dnsQueriesPerMillion}/M` });
      continue;
    }
    if (n.kind === "object_storage") {
      const gb = (hasObjectStorage ? mediaBytes : 0) / GB;
      const gets = (originStaticGetsPerSecond * PRICES.secondsPerMonth) / 1000;
      lines.push({ node: n.id, usd: usd(gb * PRICES.objectStoragePerGbMonth + gets * PRICES.objectGetPer1000), basis: `${gb.toFixed(0)} GB media at full retention × $${PRICES.objectStoragePerGbMonth}/GB-month + ${(gets / 1000).toFixed(0)} k GET × $${PRICES.objectGetPer1000}/1 000` });
      continue;
    }
    if (n.kind === "cdn") {
      const gb = (est.egressBytesPerSecond * req.staticShareOfReads * cdnHitRatio * PRICES.secondsPerMonth) / GB;
      lines.push({ node: n.id, usd: usd(gb * PRICES.cdnEgressPerGb), basis: `${gb.toFixed(0)} GB/month served at the edge (static share ${req.staticShareOfReads} × hit ${cdnHitRatio.toFixed(2)}) × $${PRICES.cdnEgressPerGb}/GB` });
      continue;
    }
    const memoryFactor = n.kind === "cache" ? Math.max(1, (n.node.memoryGb ?? MODEL_CONSTANTS.cacheMemoryGb) / MODEL_CONSTANTS.cacheMemoryGb) : 1;
    let total = count * hourly * memoryFactor * hours;
    let basis = `${count} instance(s) × $${(hourly * memoryFactor).toFixed(4)}/h × ${hours} h`;
    if (n.isPrimary || n.isReplica) {
      const primary = n.isPrimary ? n : graph.byId.get(n.node.replicaOf ?? "");
      const share = primary && primaries.length > 0 ? 1 / primaries.length : 0;
      const bytes = (rowBytes + (hasObjectStorage ? 0 : mediaBytes)) * share;
      const copies = n.instances; // every copy (standby or replica instance) stores the data set
      const price = n.kind === "sql_database" ? PRICES.sqlStoragePerGbMonth : PRICES.nosqlStoragePerGbMonth;
      const gb = (bytes / GB) * copies;
      total += gb * price;
      basis += ` + ${gb.toFixed(0)} GB at full retention × $${price}/GB-month`;
    }
    lines.push({ node: n.id, usd: usd(total), basis });
  }
  const internetGb = (est.egressBytesPerSecond * (1 - req.staticShareOfReads * cdnHitRatio) * PRICES.secondsPerMonth) / GB;
  lines.push({ node: "internet-egress", usd: usd(internetGb * PRICES.egressPerGb), basis: `${internetGb.toFixed(0)} GB/month from the origin × $${PRICES.egressPerGb}/GB` });
  return { monthlyUsd: usd(lines.reduce((s, l) => s + l.usd, 0)), lines };
}

function share(req: ResolvedRequirements, part: "media"): number {
  const perWrite = req.bytesPerWrite + req.mediaShareOfWrites * req.bytesPerMedia;
  if (perWrite <= 0) return 0;
  return part === "media" ? (req.mediaShareOfWrites * req.bytesPerMedia) / perWrite : 0;
}
