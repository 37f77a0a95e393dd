/**
 * npm run db:migrate — applies pending migrations to the configured database (the embedded
 * PGlite folder, or PostgreSQL when DATABASE_URL is set), recorded in `_prisma_migrations`.
 * A rerun applies nothing. `npm start` does the same before serving (lib/startup.ts).
 */
import { migrateConfiguredDatabase } from "../lib/startup";

// The schema engine keeps the event loop alive for a while after its work: exit explicitly.
migrateConfiguredDatabase().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
