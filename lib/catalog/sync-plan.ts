// What seeding does with one prompt file, decided without the database so it can be tested:
// the file becomes a new version only when its content is new, and never replaces work an
// instructor did in the app without saying so.

export type StoredVersion = { version: number; checksum: string; editedInApp: boolean };

export type SyncPlan =
  | { action: "unchanged" }
  | { action: "create"; version: number; publish: boolean; note?: string };

/**
 * `checksums` are the file's checksums (today's and the older form that counted `published`);
 * `versions` are the prompt's stored versions in any order.
 */
export function planSync(slug: string, checksums: readonly string[], publishedInFile: boolean, versions: readonly StoredVersion[]): SyncPlan {
  if (versions.some((v) => checksums.includes(v.checksum))) return { action: "unchanged" };
  const latest = versions.reduce<StoredVersion | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
  const version = (latest?.version ?? 0) + 1;
  if (latest?.editedInApp) {
    return {
      action: "create",
      version,
      publish: false,
      note:
        `content/prompts: "${slug}" changed, but its newest version (v${latest.version}) was edited in the app; ` +
        `the file is stored as draft v${version} and the published version is left as it was. Compare them in /author and publish the one to keep.`,
    };
  }
  return { action: "create", version, publish: publishedInFile };
}
