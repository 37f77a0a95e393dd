/**
 * npm run db:migrate — applies pending migrations to the configured database (the embedded
 * PGlite folder, or PostgreSQL when DATABASE_URL is set), recorded in `_prisma_migrations`.
 * A rerun applies nothing. `npm start` runs it before the server so the app never serves an
 * out-of-date schema.
 */
import { databaseTarget, openAdapter } from "../lib/db/adapter";
import { applyPendingMigrations } from "../lib/db/migrations";
import { env } from "../lib/env";

async function main() {
  const target = databaseTarget(env());
  const where = target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "PostgreSQL (DATABASE_URL)";
  const adapter = openAdapter(target);
  try {
    const applied = await applyPendingMigrations(adapter.factory);
    console.log(
      applied.length === 0
        ? `Migrations: ${where} is up to date.`
        : `Migrations: applied ${applied.length} to ${where}: ${applied.join(", ")}`,
    );
  } finally {
    await adapter.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
