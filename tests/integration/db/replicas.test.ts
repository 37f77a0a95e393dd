import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabaseClients, type DatabaseClients, type PrismaClient } from "@/lib/db";
import { openAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations, readMigrations } from "@/lib/db/migrations";
import { metrics } from "@/lib/observability/metrics";
import { pairUnavailableReason, startPostgresPair, type PostgresPair } from "../../support/postgres-pair";

/**
 * The read-replica path against a real primary and hot standby (tests/support/postgres-pair.ts):
 * reads through `readDb()` are served by the standby, writes and read-your-writes reads by the
 * primary, and while the standby lags, the primary still answers what was just written.
 */
const unavailable = pairUnavailableReason();
if (unavailable) console.warn(`Skipping the read-replica tests: ${unavailable}.`);

const ports = { primary: Number(process.env.REPLICA_TEST_PRIMARY_PORT ?? 3440), standby: Number(process.env.REPLICA_TEST_STANDBY_PORT ?? 3441) };

describe.skipIf(unavailable !== null)("PostgreSQL primary with a streaming read replica", () => {
  let pair: PostgresPair;
  let clients: DatabaseClients;
  // With replicas, readDb() is the read-replica extension's client, which can also be pinned.
  const routed = () => clients.reads as unknown as PrismaClient & { $primary(): PrismaClient; $replica(): PrismaClient };

  beforeAll(async () => {
    pair = await startPostgresPair(ports);
    // Migrations go to the primary only; the standby receives the schema through replication.
    const primaryAdapter = openAdapter({ kind: "postgres", url: pair.primaryUrl });
    await applyPendingMigrations(primaryAdapter.factory);
    await primaryAdapter.close();
    await pair.caughtUp();
    clients = openDatabaseClients({ kind: "postgres", url: pair.primaryUrl }, [pair.standbyUrl], 4);
  });

  afterAll(async () => {
    await clients?.close();
    await pair?.stop();
  });

  it("has the primary's migrations on the replica, which refuses to be migrated itself", async () => {
    const onDisk = (await readMigrations()).map((migration) => migration.name);
    const onReplica = await routed().$replica().$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(onReplica.map((row) => row.migration_name)).toEqual(onDisk);
    const [{ standby }] = await routed().$replica().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
    expect(standby).toBe(true);
    await expect(routed().$replica().$executeRaw`CREATE TABLE "Nope" (id int)`).rejects.toThrow(/read-only/);
  });

  it("sends model reads through readDb() to the replica, and writes and raw queries to the primary", async () => {
    const series = (target: string) => metrics().dbQueryDuration.get().then((m) => m.values.filter((v) => v.labels.target === target && v.metricName?.endsWith("_count")).reduce((sum, v) => sum + v.value, 0));
    const replicaBefore = await series("replica");
    const user = await clients.reads.user.create({ data: { email: `replica-${Date.now()}@example.com`, name: "R", passwordHash: "x" } });
    await pair.caughtUp();
    expect(await clients.reads.user.findUnique({ where: { id: user.id } })).toMatchObject({ id: user.id });
    expect(await series("replica")).toBe(replicaBefore + 1);
    const [{ standby }] = await clients.reads.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
    expect(standby).toBe(false);
  });

  it("while the replica lags, readDb() does not see a fresh write but the primary (db()) does", async () => {
    await pair.pauseReplay();
    try {
      const email = `lagging-${Date.now()}@example.com`;
      const user = await clients.primary.user.create({ data: { email, name: "Lag", passwordHash: "x" } });
      const session = await clients.primary.rateLimit.create({ data: { key: `lag:${user.id}`, windowStart: new Date(), count: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The stale read is the replica's, as designed for catalogue-like pages...
      expect(await clients.reads.user.findUnique({ where: { email } })).toBeNull();
      expect(await clients.reads.rateLimit.findUnique({ where: { key: session.key } })).toBeNull();
      // ...and read-your-writes reads use the primary, which has it.
      expect(await clients.primary.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
      expect(await routed().$primary().user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    expect(await clients.reads.user.count({ where: { name: "Lag" } })).toBe(1);
  });
});
