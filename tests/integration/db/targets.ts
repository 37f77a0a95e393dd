import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";

/**
 * The databases integration tests run against: always a fresh embedded PGlite folder, and a
 * fresh database on the PostgreSQL server named by TEST_DATABASE_URL when it is set.
 */
export type TestTarget = { name: string; create: () => Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> };

export const targets: TestTarget[] = [
  {
    name: "PGlite",
    create: async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-it-"));
      return { target: { kind: "pglite", dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
];

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  targets.push({
    name: "PostgreSQL",
    create: async () => {
      const name = `designdrill_it_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        target: { kind: "postgres", url: url.toString() },
        drop: async () => {
          const cleanup = new pg.Client({ connectionString: serverUrl });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  });
}
