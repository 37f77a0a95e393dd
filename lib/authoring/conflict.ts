import { diffDocuments } from "./diff.ts";

// Optimistic concurrency for drafts: a save names the version it was based on. If another
// save landed since, the later save must not silently replace it; the caller answers 409 with
// both texts so the instructor can merge by hand and nothing is lost.

export type SaveCheck =
  | { ok: true; nextVersion: number }
  | { ok: false; latestVersion: number; baseVersion: number };

/**
 * `latestVersion` is the newest stored version (0 when none), `baseVersion` the one the editor
 * loaded. Saving on anything but the newest would overwrite someone else's work.
 */
export function checkSave(latestVersion: number, baseVersion: number): SaveCheck {
  if (baseVersion === latestVersion) return { ok: true, nextVersion: latestVersion + 1 };
  return { ok: false, latestVersion, baseVersion };
}

/**
 * The fields both sides changed since the common base: the ones the instructor must settle by
 * hand. Fields only one side touched are shown too, but cannot clash.
 */
export function clashingFields(base: unknown, theirs: unknown, mine: unknown): string[] {
  const theirPaths = new Set(diffDocuments(base, theirs).map((c) => c.path));
  const clashes: string[] = [];
  for (const change of diffDocuments(base, mine)) {
    const touched = [...theirPaths].some((p) => p === change.path || p.startsWith(`${change.path}.`) || p.startsWith(`${change.path}[`) || change.path.startsWith(`${p}.`) || change.path.startsWith(`${p}[`));
    if (touched && !clashes.includes(change.path)) clashes.push(change.path);
  }
  return clashes;
}
