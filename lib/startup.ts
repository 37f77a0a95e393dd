/**
 * What `npm start` runs before `next start`: check the configuration and apply pending
 * migrations, so a misconfigured server stops with a message saying what to set instead of
 * failing on its first request, and the app never serves an out-of-date schema.
 */
import { pathToFileURL } from "node:url";
import { resolveAuthSecret } from "./auth/secret";
import { databaseTarget, openAdapter } from "./db/adapter";
import { applyPendingMigrations } from "./db/migrations";
import { env } from "./env";

/** Applies pending migrations to the configured database (the primary, DATABASE_URL; replicas
 * receive the schema through replication and are never migrated); `db:migrate` and start-up share it. */
export async function migrateConfiguredDatabase(log: (line: string) => void = console.log): Promise<void> {
  const target = databaseTarget(env());
  const where = target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "PostgreSQL (DATABASE_URL)";
  const adapter = openAdapter(target);
  try {
    const applied = await applyPendingMigrations(adapter.factory);
    log(
      applied.length === 0
        ? `Migrations: ${where} is up to date.`
        : `Migrations: applied ${applied.length} to ${where}: ${applied.join(", ")}`,
    );
  } finally {
    await adapter.close();
  }
}

export async function prepareToServe(log: (line: string) => void = console.log): Promise<void> {
  resolveAuthSecret(env());
  await migrateConfiguredDatabase(log);
  log("Start-up: configuration valid.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  prepareToServe().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`DesignDrill cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
