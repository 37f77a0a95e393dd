import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTarget, openAdapter, type DatabaseTarget, type OpenedAdapter } from "@/lib/db/adapter";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

/**
 * The Prisma clients. Embedded PGlite in DATA_DIR by default; PostgreSQL through
 * @prisma/adapter-pg when DATABASE_URL is set, with read replicas (DATABASE_REPLICA_URLS)
 * through Prisma's read-replica extension. Opened lazily on first use, never at import (so
 * `next build` never opens the data folder), and kept on globalThis so dev-server reloads reuse
 * them instead of opening the folder twice.
 *
 * Two entry points, because a replica lags its primary by a moment:
 * - `db()`: the primary. Every write, and every read that must see a write just made: autosave
 *   acknowledgements, session state, sign-in right after registering, the report right after
 *   submit. This is the default; code opts out of it, never into it.
 * - `readDb()`: reads that may be a second stale (the prompt catalogue, history, progress, cohort
 *   pages). Its reads go to a replica chosen at random; its writes, raw queries and transactions
 *   still go to the primary. Without replicas it is the primary.
 *
 * Every operation's duration goes into the `designdrill_db_query_duration_seconds` histogram.
 */
export type DatabaseClients = { primary: PrismaClient; reads: PrismaClient; close: () => Promise<void> };

function timedClient(base: PrismaClient, target: "primary" | "replica"): PrismaClient {
  const histogram = metrics().dbQueryDuration;
  // The extended client has the same API; Prisma's types for it differ only nominally.
  return base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const stop = histogram.startTimer({ target, model: model ?? "raw", operation });
        try {
          return await query(args);
        } finally {
          stop();
        }
      },
    },
  }) as unknown as PrismaClient;
}

/** Opens the primary and its replicas (each a pool of `poolSize` connections). */
export function openDatabaseClients(primaryTarget: DatabaseTarget, replicaUrls: string[] = [], poolSize?: number): DatabaseClients {
  const adapters: OpenedAdapter[] = [openAdapter(primaryTarget, { poolSize })];
  const primary = timedClient(new PrismaClient({ adapter: adapters[0].factory }), "primary");
  if (replicaUrls.length > 0 && primaryTarget.kind !== "postgres") {
    throw new Error("Read replicas need a PostgreSQL primary (DATABASE_URL).");
  }
  const replicas = replicaUrls.map((url) => {
    const adapter = openAdapter({ kind: "postgres", url }, { poolSize });
    adapters.push(adapter);
    return timedClient(new PrismaClient({ adapter: adapter.factory }), "replica");
  });
  const reads = replicas.length === 0 ? primary : (primary.$extends(readReplicas({ replicas })) as unknown as PrismaClient);
  return {
    primary,
    reads,
    close: async () => {
      await Promise.all([primary.$disconnect(), ...replicas.map((replica) => replica.$disconnect())]);
      await Promise.all(adapters.map((adapter) => adapter.close()));
    },
  };
}

type Holder = { clients?: DatabaseClients };
const holder = globalThis as typeof globalThis & { __designdrillDb?: Holder };

function clients(): DatabaseClients {
  const state = (holder.__designdrillDb ??= {});
  if (!state.clients) {
    const settings = env();
    state.clients = openDatabaseClients(databaseTarget(settings), settings.DATABASE_REPLICA_URLS ?? [], settings.DATABASE_POOL_SIZE);
  }
  return state.clients;
}

/** The primary: writes and reads that must see the latest write. */
export function db(): PrismaClient {
  return clients().primary;
}

/** Reads that may be a moment stale: served by a replica when there is one. */
export function readDb(): PrismaClient {
  return clients().reads;
}

/** Closes the clients and releases the data folder (shutdown, tests and scripts). */
export async function closeDb(): Promise<void> {
  const state = holder.__designdrillDb;
  if (!state?.clients) return;
  const opened = state.clients;
  holder.__designdrillDb = {};
  await opened.close();
}

export type { PrismaClient };
