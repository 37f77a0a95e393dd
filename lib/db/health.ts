import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listMigrationNames } from "./migration-files";

export type Health = {
  status: "ok" | "failing";
  database: "ok" | "unreachable";
  migrations: { status: "ok" | "pending" | "unknown"; applied: number; pending: string[] };
  detail?: string;
};

/** Is the database reachable, and has every migration on disk been applied to it? */
export async function checkHealth(client: () => PrismaClient): Promise<Health> {
  let applied: string[];
  try {
    const rows = await client().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((row) => row.migration_name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const noTable = /_prisma_migrations/.test(message) && /does not exist/.test(message);
    if (noTable) {
      const onDisk = await listMigrationNames();
      return {
        status: "failing",
        database: "ok",
        migrations: { status: "pending", applied: 0, pending: onDisk },
        detail: "No migrations have been applied: run `npm run db:migrate`.",
      };
    }
    return {
      status: "failing",
      database: "unreachable",
      migrations: { status: "unknown", applied: 0, pending: [] },
      detail: `The database cannot be reached: ${message.split("\n")[0]}`,
    };
  }
  const appliedSet = new Set(applied);
  const pending = (await listMigrationNames()).filter((name) => !appliedSet.has(name));
  return {
    status: pending.length === 0 ? "ok" : "failing",
    database: "ok",
    migrations: { status: pending.length === 0 ? "ok" : "pending", applied: applied.length, pending },
    ...(pending.length > 0 ? { detail: `Pending migrations: ${pending.join(", ")}. Run \`npm run db:migrate\`.` } : {}),
  };
}

/** What anyone may see: the verdicts, not the migration names or the error text. */
export function publicHealth(health: Health): Pick<Health, "status" | "database"> & { migrations: { status: Health["migrations"]["status"] } } {
  return { status: health.status, database: health.database, migrations: { status: health.migrations.status } };
}
