import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTarget, openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { env } from "@/lib/env";

/**
 * The one Prisma client. Embedded PGlite in DATA_DIR by default; PostgreSQL through
 * @prisma/adapter-pg when DATABASE_URL is set. Opened lazily on first use, never at import
 * (so `next build` never opens the data folder), and kept on globalThis so dev-server reloads
 * reuse it instead of opening the folder twice.
 */
type Holder = { client?: PrismaClient; adapter?: OpenedAdapter };
const holder = globalThis as typeof globalThis & { __designdrillDb?: Holder };

export function db(): PrismaClient {
  const state = (holder.__designdrillDb ??= {});
  if (!state.client) {
    const adapter = openAdapter(databaseTarget(env()));
    state.adapter = adapter;
    state.client = new PrismaClient({ adapter: adapter.factory });
  }
  return state.client;
}

/** Closes the client and releases the data folder (tests and scripts). */
export async function closeDb(): Promise<void> {
  const state = holder.__designdrillDb;
  if (!state?.client) return;
  await state.client.$disconnect();
  await state.adapter?.close();
  holder.__designdrillDb = {};
}

export type { PrismaClient };
