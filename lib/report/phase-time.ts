// Time per phase against the book's bands, for the report's phase chart and its text (the
// sentences are in ./phase-sentence.ts: they carry the message catalogues, this file does not).

export type PhaseVerdict = "in" | "under" | "over" | "not reached";
export type PhaseTime = { phase: 1 | 2 | 3 | 4; minutes: number; band: readonly [number, number]; verdict: PhaseVerdict };

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
