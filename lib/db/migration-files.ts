import fs from "node:fs/promises";
import path from "node:path";

/** The migration history on disk, in Prisma's layout: `<timestamp>_<name>/migration.sql`. */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type MigrationOnDisk = { name: string; sql: string };

// The folder is read at run time on purpose (the health check compares it with the database);
// the ignore comments stop Turbopack from tracing the whole project because of it.
export async function listMigrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  try {
    const entries = await fs.readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationOnDisk[]> {
  const names = await listMigrationNames(dir);
  return Promise.all(
    names.map(async (name) => ({
      name,
      sql: await fs.readFile(path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql"), "utf8"),
    })),
  );
}
