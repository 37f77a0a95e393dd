/**
 * Whether the data kept over the retention period fits the data tier (SIMULATOR.md verdict
 * rule 8): rows on the live primaries (each shard holds one unit's storage), media in object
 * storage when the design has it live (else on the databases too). A single server that keeps
 * its own data holds one unit. A single unsharded primary asked to hold petabytes is a gate.
 */
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { ModelSetup } from "./model.ts";
import { count } from "./words.ts";

export type DataFit = { fits: boolean; bytes: number; capacityBytes: number; message: string; nodes: string[] };

// One formatter per precision: toLocaleString builds a new Intl.NumberFormat on every call
// (the same output, a good share of a whole evaluation's time).
const TB_WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const TB_TENTHS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const tb = (x: number) => `${(x >= 1e13 ? TB_WHOLE : TB_TENTHS).format(x / 1e12)} TB`;

/** Shards each live primary needs to hold its share of the data (its data floor, sizing.ts). */
export function dataShardsNeeded(setup: ModelSetup, live: ReadonlySet<string>): Map<string, number> {
  const fit = dataFit(setup, live);
  const primaries = setup.graph.nodes.filter((n) => n.isPrimary && live.has(n.id));
  const per = primaries.length > 0 ? Math.ceil(fit.bytes / primaries.length / MODEL_CONSTANTS.storageBytesPerDatabaseUnit - 1e-9) : 1;
  return new Map(primaries.map((n) => [n.id, Math.max(1, per)]));
}

export function dataFit(setup: ModelSetup, live: ReadonlySet<string>): DataFit {
  const { graph, req, estimates } = setup;
  const unit = MODEL_CONSTANTS.storageBytesPerDatabaseUnit;
  const perWrite = req.bytesPerWrite + req.mediaShareOfWrites * req.bytesPerMedia;
  const mediaShare = perWrite > 0 ? (req.mediaShareOfWrites * req.bytesPerMedia) / perWrite : 0;
  const objectStorage = graph.nodes.some((n) => n.kind === "object_storage" && live.has(n.id));
  const bytes = estimates.storageBytesOverRetention * (objectStorage ? 1 - mediaShare : 1);
  const primaries = graph.nodes.filter((n) => n.isPrimary && live.has(n.id));
  const holders = primaries.length > 0 ? primaries : graph.nodes.filter((n) => n.kind === "web_server" && live.has(n.id)).slice(0, 1);
  if (holders.length === 0) return { fits: true, bytes, capacityBytes: 0, message: "no data tier carries traffic", nodes: [] };
  const capacityBytes = holders.reduce((s, n) => s + (n.isPrimary ? (n.node.shards ?? 1) : 1) * unit, 0);
  const fits = bytes <= capacityBytes;
  const where = holders.map((n) => (n.isPrimary ? `${n.id} (${n.node.shards ?? 1} shard${(n.node.shards ?? 1) === 1 ? "" : "s"})` : `${n.id}'s own disk`)).join(", ");
  const message = fits
    ? `${tb(bytes)} over ${count(req.retentionYears, "year")} fit ${where}: ${tb(capacityBytes)} at ${tb(unit)} per unit`
    : `${tb(bytes)} of data over ${count(req.retentionYears, "year")} do not fit ${where}: ${tb(capacityBytes)} at ${tb(unit)} per shard. Shard the data (about ${Math.ceil(bytes / unit)} shards)${mediaShare > 0 && !objectStorage ? " and keep media in object storage" : ""}.`;
  return { fits, bytes, capacityBytes, message, nodes: holders.map((n) => n.id) };
}
