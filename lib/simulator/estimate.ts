/**
 * Back-of-the-envelope estimates from the clarified requirements (SIMULATOR.md, "Estimation";
 * "System Design Interview" ch. 2). Field names are the report's `estimates` block in DESIGN.md.
 */

const SECONDS_PER_DAY = 86_400;
/** The book's convention for retention: 365-day years (30 TB/day × 365 × 5 = 54.75 PB). */
const DAYS_PER_YEAR = 365;
/** The book's default peak-to-average ratio. */
const DEFAULT_PEAK_TO_AVERAGE = 2;

/** The requirement fields the estimate reads, structurally (missing or null counts as 0). */
export type EstimationInput = {
  dailyActiveUsers?: number | null;
  readsPerUserPerDay?: number | null;
  writesPerUserPerDay?: number | null;
  peakToAverageRatio?: number | null;
  bytesPerRead?: number | null;
  bytesPerWrite?: number | null;
  mediaShareOfWrites?: number | null;
  bytesPerMedia?: number | null;
  retentionYears?: number | null;
  staticShareOfReads?: number | null;
};

export type Rate = { average: number; peak: number };

export type Estimates = {
  readQps: Rate;
  staticQps: Rate;
  writeQps: Rate;
  storageBytesPerDay: number;
  storageBytesOverRetention: number;
  ingressBytesPerSecond: number;
  egressBytesPerSecond: number;
};

/** Negative, NaN or missing inputs become 0 so the estimate is always finite and ≥ 0. */
function amount(x: number | null | undefined): number {
  return typeof x === "number" && Number.isFinite(x) && x > 0 ? x : 0;
}

function share(x: number | null | undefined): number {
  return Math.min(1, amount(x));
}

function rate(average: number, peakToAverage: number): Rate {
  return { average, peak: average * peakToAverage };
}

/**
 * average QPS = DAU × per-user requests per day ÷ 86 400, peak = average × peak-to-average
 * (default 2; below 1 is read as 1, a peak cannot be under the average). Reads split into
 * dynamic (`readQps`) and static (`staticQps`) by staticShareOfReads. Storage per day =
 * writes per day × (bytesPerWrite + media share × bytesPerMedia), over retention × 365 days
 * (no replication factor: that belongs to the design, not the requirements). Ingress = average
 * write QPS × bytes per write incl. media; egress = average QPS of all reads × bytesPerRead.
 */
export function estimate(req: EstimationInput): Estimates {
  const users = amount(req.dailyActiveUsers);
  const peakRaw = req.peakToAverageRatio;
  const peakToAverage =
    typeof peakRaw === "number" && Number.isFinite(peakRaw) ? Math.max(1, peakRaw) : DEFAULT_PEAK_TO_AVERAGE;

  const readsPerDay = users * amount(req.readsPerUserPerDay);
  const writesPerDay = users * amount(req.writesPerUserPerDay);
  const allReadQps = readsPerDay / SECONDS_PER_DAY;
  const writeQps = writesPerDay / SECONDS_PER_DAY;
  const staticShare = share(req.staticShareOfReads);

  const bytesPerStoredWrite = amount(req.bytesPerWrite) + share(req.mediaShareOfWrites) * amount(req.bytesPerMedia);
  const storageBytesPerDay = writesPerDay * bytesPerStoredWrite;

  return {
    readQps: rate(allReadQps * (1 - staticShare), peakToAverage),
    staticQps: rate(allReadQps * staticShare, peakToAverage),
    writeQps: rate(writeQps, peakToAverage),
    storageBytesPerDay,
    storageBytesOverRetention: storageBytesPerDay * DAYS_PER_YEAR * amount(req.retentionYears),
    ingressBytesPerSecond: writeQps * bytesPerStoredWrite,
    egressBytesPerSecond: allReadQps * amount(req.bytesPerRead),
  };
}
