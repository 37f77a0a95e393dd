/**
 * "1 unit", "2 units": a count with its noun in the right number, for the simulator's English
 * sentences (never "unit(s)").
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
