/**
 * Whether the data kept over the retention period fits the data tier (SIMULATOR.md verdict
 * rule 8): rows on the live primaries (each shard holds one unit's storage), media in object
 * storage when the design has it live (else on the databases too). A single server that keeps
 * its own data holds one unit. A single unsharded primary asked to hold petabytes is a gate.
 */
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { ModelSetup } from "./model.ts";
import { formatText, list, text, type Text } from "./text.ts";

/** `text` is the language-neutral sentence, `message` its English. */
export type DataFit = { fits: boolean; bytes: number; capacityBytes: number; message: string; text: Text; nodes: string[] };

// Terabytes, whole from 10 TB and to a tenth below (the message formats them).
const tb = (x: number): Text => text(x >= 1e13 ? "simulator.dataFit.terabytesWhole" : "simulator.dataFit.terabytes", { tb: x / 1e12 });

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
  if (holders.length === 0) {
    const none = text("simulator.dataFit.noDataTier");
    return { fits: true, bytes, capacityBytes: 0, message: formatText(none), text: none, nodes: [] };
  }
  const capacityBytes = holders.reduce((s, n) => s + (n.isPrimary ? (n.node.shards ?? 1) : 1) * unit, 0);
  const fits = bytes <= capacityBytes;
  const where = list(holders.map((n) => (n.isPrimary ? text("simulator.dataFit.shardsOf", { id: n.id, shards: n.node.shards ?? 1, shardsText: String(n.node.shards ?? 1) }) : text("simulator.dataFit.ownDisk", { id: n.id }))));
  const years = { years: req.retentionYears, yearsText: String(req.retentionYears) };
  const t = fits
    ? text("simulator.dataFit.fits", { data: tb(bytes), ...years, where, capacity: tb(capacityBytes), unit: tb(unit) })
    : text("simulator.dataFit.doesNotFit", { data: tb(bytes), ...years, where, capacity: tb(capacityBytes), unit: tb(unit), shardsNeeded: String(Math.ceil(bytes / unit)), media: mediaShare > 0 && !objectStorage ? "yes" : "no" });
  const message = formatText(t);
  return { fits, bytes, capacityBytes, message, text: t, nodes: holders.map((n) => n.id) };
}
