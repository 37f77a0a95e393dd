import type { DesignDocument, DesignEdge, DesignNode, Requirements } from "@/lib/simulator/schema.ts";

/** Requirements with round numbers: 864 000 DAU × 10 reads / 86 400 = 100 reads/s on average. */
export const BASE_REQUIREMENTS: Requirements = {
  dailyActiveUsers: 864_000,
  readsPerUserPerDay: 10,
  writesPerUserPerDay: 1,
  peakToAverageRatio: 2,
  bytesPerRead: 2000,
  bytesPerWrite: 1000,
  mediaShareOfWrites: 0,
  bytesPerMedia: 1_000_000,
  retentionYears: 1,
  staticShareOfReads: 0.5,
  latencyP99Ms: 200,
  availabilityTarget: 0.999,
  userRegions: ["us-east"],
  consistency: "eventual",
  hotKeyShareOfReads: 0,
};

export function doc(nodes: DesignNode[], edges: [string, string][], requirements: Partial<Requirements> = {}, extra: Partial<DesignDocument> = {}): DesignDocument {
  const e: DesignEdge[] = edges.map(([from, to]) => ({ from, to }));
  return { version: 1, requirements: { ...BASE_REQUIREMENTS, ...requirements }, design: { nodes, edges: e }, ...extra };
}
