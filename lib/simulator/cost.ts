import { KIND_CATALOG, MODEL_CONSTANTS, PRICES } from "./catalog.ts";
import type { ModelGraph, ModelNode } from "./graph.ts";
import type { Estimates } from "./estimate.ts";
import type { ResolvedRequirements } from "./requirements.ts";
import { isUnlimited } from "./sizing.ts";
import { count } from "./words.ts";

export type CostLine = { node: string; usd: number; basis: string };
export type CostReport = {
  monthlyUsd: number;
  lines: CostLine[];
  storage: { firstYearMonthlyUsd: number; fullRetentionMonthlyUsd: number };
  rightSizedMonthlyUsd: number;
  ratioToRightSized: number;
};

const usd = (x: number) => Math.round(x * 100) / 100;
const GB = 1e9;

/** Instances billed for a node: every copy of every shard. */
export function billedInstances(n: ModelNode): number {
  if (n.isPrimary) return n.instances * (n.node.shards ?? 1);
  return n.units;
}

export type CostInputs = {
  graph: ModelGraph;
  req: ResolvedRequirements;
  est: Estimates;
  cdnHitRatio: number;
  originStaticGetsPerSecond: number;
};

/** Which nodes are billed, and how many instances and data copies each has. */
type Sizing = { include: (n: ModelNode) => boolean; instances: (n: ModelNode) => number; copies: (n: ModelNode) => number };

/**
 * Monthly lines from the price table in catalog.ts: instance-hours × 730, storage (GB-month)
 * for the data kept after `storageYears` (capped at the retention) on every database copy or in
 * object storage, egress per GB (CDN price for what the CDN serves, internet egress for the
 * rest), DNS zone and queries.
 */
function costLines(input: CostInputs, storageYears: number, sizing: Sizing): { lines: CostLine[]; storageUsd: number } {
  const { graph, req, est, cdnHitRatio, originStaticGetsPerSecond } = input;
  const lines: CostLine[] = [];
  let storageUsd = 0;
  const hours = MODEL_CONSTANTS.hoursPerMonth;
  const included = graph.nodes.filter(sizing.include);
  const hasObjectStorage = included.some((n) => n.kind === "object_storage");
  const years = Math.min(storageYears, req.retentionYears);
  const storedBytes = est.storageBytesPerDay * 365 * years;
  const mediaBytes = storedBytes * mediaShare(req);
  const rowBytes = storedBytes - mediaBytes;
  const primaries = included.filter((n) => n.isPrimary);
  for (const n of included) {
    const hourly = KIND_CATALOG[n.kind].defaults.hourlyUsd;
    if (n.kind === "client") continue;
    if (n.kind === "dns") {
      const queries = (req.dailyActiveUsers * 30) / 1e6;
      lines.push({ node: n.id, usd: usd(0.5 + queries * PRICES.dnsQueriesPerMillion), basis: `$0.50 zone + ${queries.toFixed(1)} M lookups (1 per user per day) × $${PRICES.dnsQueriesPerMillion}/M` });
      continue;
    }
    if (n.kind === "object_storage") {
      const gb = mediaBytes / GB;
      const gets = (originStaticGetsPerSecond * PRICES.secondsPerMonth) / 1000;
      const stored = gb * PRICES.objectStoragePerGbMonth;
      storageUsd += stored;
      lines.push({ node: n.id, usd: usd(stored + gets * PRICES.objectGetPer1000), basis: `${gb.toFixed(0)} GB media after ${count(years, "year")} × $${PRICES.objectStoragePerGbMonth}/GB-month + ${(gets / 1000).toFixed(0)} k GET × $${PRICES.objectGetPer1000}/1 000` });
      continue;
    }
    if (n.kind === "cdn") {
      const gb = (est.egressBytesPerSecond * req.staticShareOfReads * cdnHitRatio * PRICES.secondsPerMonth) / GB;
      lines.push({ node: n.id, usd: usd(gb * PRICES.cdnEgressPerGb), basis: `${gb.toFixed(0)} GB/month served at the edge (static share ${req.staticShareOfReads} × hit ${cdnHitRatio.toFixed(2)}) × $${PRICES.cdnEgressPerGb}/GB` });
      continue;
    }
    const instances = sizing.instances(n);
    const memoryFactor = n.kind === "cache" ? Math.max(1, (n.node.memoryGb ?? MODEL_CONSTANTS.cacheMemoryGb) / MODEL_CONSTANTS.cacheMemoryGb) : 1;
    let total = instances * hourly * memoryFactor * hours;
    let basis = `${count(instances, "instance")} × $${(hourly * memoryFactor).toFixed(4)}/h × ${hours} h`;
    if (n.isPrimary || n.isReplica) {
      const primary = n.isPrimary ? n : graph.byId.get(n.node.replicaOf ?? "");
      const share = primary && primaries.length > 0 ? 1 / primaries.length : 0;
      const bytes = (rowBytes + (hasObjectStorage ? 0 : mediaBytes)) * share;
      const copies = sizing.copies(n); // every copy (standby or replica instance) stores the data set
      const price = n.kind === "sql_database" ? PRICES.sqlStoragePerGbMonth : PRICES.nosqlStoragePerGbMonth;
      const gb = (bytes / GB) * copies;
      total += gb * price;
      storageUsd += gb * price;
      basis += ` + ${gb.toFixed(0)} GB after ${count(years, "year")} × $${price}/GB-month`;
    }
    lines.push({ node: n.id, usd: usd(total), basis });
  }
  const internetGb = (est.egressBytesPerSecond * (1 - req.staticShareOfReads * cdnHitRatio) * PRICES.secondsPerMonth) / GB;
  lines.push({ node: "internet-egress", usd: usd(internetGb * PRICES.egressPerGb), basis: `${internetGb.toFixed(0)} GB/month from the origin × $${PRICES.egressPerGb}/GB` });
  return { lines, storageUsd };
}

const sum = (lines: CostLine[]) => usd(lines.reduce((s, l) => s + l.usd, 0));

/**
 * The design's monthly cost with storage at the end of its first year (storage is also shown at
 * full retention, not billed every month from day one), and the right-sized cost of the same
 * paths: only live nodes, each tier at the utilisation target with one spare (sizing.ts),
 * managed services as they are — the yardstick for cost-efficiency (verdict rule 5).
 */
export function computeCost(input: CostInputs, rightSize: ReadonlyMap<string, number>, live: ReadonlySet<string>): CostReport {
  const asDesigned: Sizing = { include: () => true, instances: billedInstances, copies: (n) => n.instances };
  const firstYear = costLines(input, 1, asDesigned);
  const fullRetention = costLines(input, Math.max(1, input.req.retentionYears), asDesigned);
  const rightLines = costLines(input, 1, rightSizing(rightSize, live));
  const monthlyUsd = sum(firstYear.lines);
  const rightSizedMonthlyUsd = sum(rightLines.lines);
  return {
    monthlyUsd,
    lines: firstYear.lines,
    storage: { firstYearMonthlyUsd: usd(firstYear.storageUsd), fullRetentionMonthlyUsd: usd(fullRetention.storageUsd) },
    rightSizedMonthlyUsd,
    ratioToRightSized: rightSizedMonthlyUsd > 0 ? Math.round((monthlyUsd / rightSizedMonthlyUsd) * 1000) / 1000 : 1,
  };
}

/** Live nodes only, each at its right size; a primary keeps one standby copy. */
function rightSizing(rightSize: ReadonlyMap<string, number>, live: ReadonlySet<string>): Sizing {
  const right = (n: ModelNode) => (isUnlimited(n) ? billedInstances(n) : (rightSize.get(n.id) ?? billedInstances(n)));
  return {
    include: (n) => live.has(n.id),
    instances: right,
    copies: (n) => (n.isPrimary ? Math.min(n.instances, 2) : Math.max(1, Math.min(n.instances, right(n)))),
  };
}

/** The right-sized lines by node (for findings that name the overspending tiers). */
export function rightSizedByNode(input: CostInputs, rightSize: ReadonlyMap<string, number>, live: ReadonlySet<string>): Map<string, number> {
  const { lines } = costLines(input, 1, rightSizing(rightSize, live));
  return new Map(lines.map((l) => [l.node, l.usd]));
}

function mediaShare(req: ResolvedRequirements): number {
  const perWrite = req.bytesPerWrite + req.mediaShareOfWrites * req.bytesPerMedia;
  if (perWrite <= 0) return 0;
  return (req.mediaShareOfWrites * req.bytesPerMedia) / perWrite;
}
