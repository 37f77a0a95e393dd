export type UtilisationTone = "ok" | "busy" | "over";

/** Below 70 % a station has headroom; from 100 % its queue grows without bound. */
export function utilisationTone(utilization: number): UtilisationTone {
  if (utilization < 0.7) return "ok";
  if (utilization < 1) return "busy";
  return "over";
}

export function formatUtilisation(utilization: number): string {
  return `${Math.round(utilization * 100)} %`;
}
