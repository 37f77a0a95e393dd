/**
 * npm run db:migration -- <name>
 * Writes the next migration from the difference between prisma/schema.prisma and the migration
 * history, computed by Prisma's schema engine in an in-memory PGlite shadow database.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { diffSchemaAgainstMigrations, writeMigration } from "../lib/db/migrations";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and _)");
    return 2;
  }
  // The shadow database only replays history; it never touches the app's data folder.
  const shadow = new PGlite();
  const sql = await diffSchemaAgainstMigrations(new PrismaPGlite(shadow));
  await shadow.close();
  if (!sql) {
    console.log("The schema and the migration history agree: no migration written.");
    return 0;
  }
  const folder = await writeMigration(name, sql);
  console.log(`Wrote prisma/migrations/${folder}/migration.sql:\n\n${sql}`);
  return 0;
}

// The engine keeps the event loop alive for a while after its work (STACK.md): exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
