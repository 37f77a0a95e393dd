// Time per phase against the book's bands, for the report's phase chart and its text.

export type PhaseVerdict = "in" | "under" | "over" | "not reached";
export type PhaseTime = { phase: 1 | 2 | 3 | 4; minutes: number; band: readonly [number, number]; verdict: PhaseVerdict };

export const PHASE_NAMES = ["Understand the problem", "High-level design", "Deep dive", "Wrap up"] as const;

export function phaseVerdict(seconds: number, band: readonly [number, number]): PhaseVerdict {
  if (seconds <= 0) return "not reached";
  const minutes = seconds / 60;
  if (minutes < band[0]) return "under";
  if (minutes > band[1]) return "over";
  return "in";
}

export function phaseTimes(
  phaseSeconds: readonly [number, number, number, number],
  bands: readonly (readonly [number, number])[],
): PhaseTime[] {
  return phaseSeconds.map((seconds, i) => ({
    phase: (i + 1) as PhaseTime["phase"],
    minutes: seconds / 60,
    band: bands[i],
    verdict: phaseVerdict(seconds, bands[i]),
  }));
}

export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  return `${rounded} min`;
}

/** "Phase 1, Understand the problem: 4.5 min, within the 3–10 min band." */
export function phaseSentence(t: PhaseTime): string {
  const head = `Phase ${t.phase}, ${PHASE_NAMES[t.phase - 1]}`;
  const band = `${t.band[0]}–${t.band[1]} min band`;
  switch (t.verdict) {
    case "not reached":
      return `${head}: not reached (${band}).`;
    case "in":
      return `${head}: ${formatMinutes(t.minutes)}, within the ${band}.`;
    case "under":
      return `${head}: ${formatMinutes(t.minutes)}, under the ${band}.`;
    case "over":
      return `${head}: ${formatMinutes(t.minutes)}, over the ${band}.`;
  }
}
