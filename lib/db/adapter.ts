import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireDataFolderLock, releaseDataFolderLock } from "./data-dir-lock";

/** Where the data lives: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export function databaseTarget(source: { DATABASE_URL?: string; DATA_DIR?: string }): DatabaseTarget {
  if (source.DATABASE_URL) return { kind: "postgres", url: source.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ source.DATA_DIR ?? ".data") };
}

export type OpenedAdapter = {
  factory: PrismaPg | PrismaPGlite;
  target: DatabaseTarget;
  close: () => Promise<void>;
};

/**
 * Opens the driver adapter both the app's Prisma client and the migration runner use.
 * PGlite keeps its files in `<dataDir>/pg`, next to the lock and the generated secret.
 */
export const DEFAULT_POOL_SIZE = 10;

export function openAdapter(target: DatabaseTarget, options: { poolSize?: number } = {}): OpenedAdapter {
  if (target.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? DEFAULT_POOL_SIZE });
    return { factory, target, close: async () => {} };
  }
  acquireDataFolderLock(target.dataDir);
  const client = new PGlite(path.join(/*turbopackIgnore: true*/ target.dataDir, "pg"));
  return {
    factory: new PrismaPGlite(client),
    target,
    close: async () => {
      await client.close();
      releaseDataFolderLock(target.dataDir);
    },
  };
}
