import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations, diffSchemaAgainstMigrations, readMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { targets } from "./targets";

describe.each(targets)("migrations on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
  });

  afterAll(async () => {
    await adapter.close();
    await drop();
  });

  it("applies every migration to an empty database, records them, and a rerun applies nothing", async () => {
    const onDisk = (await readMigrations()).map((m) => m.name);
    expect(onDisk.length).toBeGreaterThan(0);

    const first = await applyPendingMigrations(adapter.factory);
    expect(first).toEqual(onDisk);

    const second = await applyPendingMigrations(adapter.factory);
    expect(second).toEqual([]);

    const client = new PrismaClient({ adapter: adapter.factory });
    const recorded = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(recorded.map((row) => row.migration_name)).toEqual(onDisk);
    // The schema is usable: a round trip through a real table.
    const user = await client.user.create({ data: { email: "m@example.com", name: "M", passwordHash: "x" } });
    expect(await client.user.findUnique({ where: { id: user.id } })).toMatchObject({ email: "m@example.com", role: "CANDIDATE" });
    await client.$disconnect();
  });
});

describe("the migration history", () => {
  it("matches prisma/schema.prisma (a schema change without `npm run db:migration` fails here)", async () => {
    const shadow = new PGlite();
    const sql = await diffSchemaAgainstMigrations(new PrismaPGlite(shadow));
    await shadow.close();
    expect(sql).toBe("");
  });

  it("keeps `;` for the ends of statements (on PostgreSQL the driver adapter splits a migration at every one)", async () => {
    const migrations = await readMigrations();
    const offending = migrations.flatMap((migration) =>
      migration.sql
        .split("\n")
        .filter((line) => line.trim().startsWith("--") && line.includes(";"))
        .map((line) => `${migration.name}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it("turns a schema change into the next migration's SQL", async () => {
    const { readFile } = await import("node:fs/promises");
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const changed = schema.replace("model RateLimit {", "model RateLimit {\n  note String?");
    const shadow = new PGlite();
    const sql = await diffSchemaAgainstMigrations(new PrismaPGlite(shadow), undefined, changed);
    await shadow.close();
    expect(sql).toContain('ALTER TABLE "RateLimit" ADD COLUMN     "note" TEXT;');
  });
});
