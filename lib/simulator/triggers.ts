/**
 * What triggers a pattern (SIMULATOR.md "Scoring" 3, verdict rule 5), shared by the criteria
 * (score-design.ts) and the findings (findings.ts) so both judge a design by the same reasons.
 * Each trigger is read from the requirements and the healthy routing, never from a prompt's name:
 * - a cache pays off when reads are heavy AND they fetch stored data (a database or object
 *   storage on the read path, or data the requirements keep); a service that computes its
 *   answer in memory (an ID generator, a signer) has nothing to cache;
 * - a CDN pays off when users read enough static files or media to matter (the static share of
 *   their reads), whatever the writes carry: media only written (a crawler's stored pages, a
 *   drive's private files downloaded through the servers) is not served from the edge;
 * - a queue pays off when writes carry slow or unreliable work: media to process, or the
 *   requirement's slow work per write (calls to third-party providers, fan-out delivery, log
 *   aggregation, crawling).
 */
import { isDatabase, type ModelNode } from "./graph.ts";
import { MODEL_CONSTANTS } from "./catalog.ts";
import type { Evaluation, ModelSetup } from "./model.ts";
import { planVisits } from "./plan-walk.ts";

/** Reads dominate writes (3:1) and there are enough of them (100 rps at peak) to matter. */
export function readHeavy(setup: ModelSetup): boolean {
  const r = setup.peakRates;
  return r.dynamicRead >= 3 * r.write && r.dynamicRead >= 100;
}

/** The requirements keep data per write: someone's reads then fetch stored rows. */
export function keepsData(setup: ModelSetup): boolean {
  return setup.estimates.storageBytesPerDay > 0;
}

/** Dynamic reads fetch stored data: a data store on their healthy path, or data the server keeps itself. */
export function readsFetchData(setup: ModelSetup, baseline: Evaluation): boolean {
  if (keepsData(setup)) return true;
  const dataStore = (n: ModelNode | undefined) => n !== undefined && (isDatabase(n) || n.kind === "object_storage");
  return [...planVisits(baseline.plans.dynamicRead, new Set(), true)].some((id) => dataStore(setup.graph.byId.get(id)));
}

/** Users read static files or media, enough of them (100 a second at peak) for the edge to matter. */
export function servesStaticToUsers(setup: ModelSetup): boolean {
  return setup.peakRates.staticRead >= 100;
}

/** Mean slow work a write carries (ms): media processing by its share, plus the requirement's slow work. */
export function slowWorkMsPerWrite(setup: ModelSetup): number {
  return setup.req.mediaShareOfWrites * MODEL_CONSTANTS.mediaProcessingMs + setup.req.slowWorkMsPerWrite;
}
