import { metrics, timed } from "./metrics";

/** Times one autosave batch and counts its accepted and rejected events. */
export async function observeAutosave<T extends { accepted: string[]; rejected: unknown[] }>(work: () => Promise<T>): Promise<T> {
  const observed = metrics();
  const result = await timed((seconds) => observed.autosaveDuration.observe(seconds), work);
  if (result.accepted.length > 0) observed.autosaveEvents.inc({ result: "accepted" }, result.accepted.length);
  if (result.rejected.length > 0) observed.autosaveEvents.inc({ result: "rejected" }, result.rejected.length);
  return result;
}
