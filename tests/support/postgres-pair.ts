import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * A real PostgreSQL primary and hot standby (streaming replication) in a temporary folder, for
 * tests of the replica path: nothing is mocked, so replication lag is real and can be provoked
 * (pausing WAL replay on the standby). Needs the server binaries (Debian's postgresql package,
 * PG_BIN to point elsewhere); `pairUnavailableReason()` says why not when they are missing.
 * PostgreSQL refuses to run as root, so as root the commands run as the `postgres` user.
 */
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresPair = {
  primaryUrl: string;
  standbyUrl: string;
  /** Stops replaying WAL on the standby: from now on it lags until `resumeReplay`. */
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  /** Resolves when the standby has replayed everything the primary has written so far. */
  caughtUp: (timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
};

export function pairUnavailableReason(): string | null {
  for (const tool of ["initdb", "pg_ctl", "pg_basebackup"]) {
    if (!fs.existsSync(path.join(BIN, tool))) return `PostgreSQL server binaries not found (${path.join(BIN, tool)}); set PG_BIN`;
  }
  if (process.getuid?.() === 0 && spawnSync("id", ["postgres"]).status !== 0) return "running as root and there is no `postgres` user to run the server as";
  return null;
}

function run(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export async function startPostgresPair(ports: { primary: number; standby: number }, database = "designdrill"): Promise<PostgresPair> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "scale-pgpair-"));
  fs.chmodSync(root, 0o777);
  if (process.getuid?.() === 0) spawnSync("chown", ["postgres", root]);
  const primaryDir = path.join(root, "primary");
  const standbyDir = path.join(root, "standby");
  const common = `-c listen_addresses=127.0.0.1 -k ${root} -c fsync=off -c shared_buffers=16MB -c max_connections=60`;
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse()) {
      try {
        run(path.join(BIN, "pg_ctl"), ["-D", dir, "stop", "-m", "immediate", "-w"]);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    run(path.join(BIN, "initdb"), ["-D", primaryDir, "-U", "postgres", "--auth=trust", "--no-sync"]);
    fs.appendFileSync(path.join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    run(path.join(BIN, "pg_ctl"), ["-D", primaryDir, "-l", path.join(root, "primary.log"), "-w", "-o", `-p ${ports.primary} ${common} -c wal_level=replica`, "start"]);
    started.push(primaryDir);
    const admin = `postgresql://postgres@127.0.0.1:${ports.primary}/postgres`;
    await query(admin, `CREATE DATABASE "${database}"`);
    run(path.join(BIN, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(ports.primary), "-U", "postgres", "-D", standbyDir, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"]);
    run(path.join(BIN, "pg_ctl"), ["-D", standbyDir, "-l", path.join(root, "standby.log"), "-w", "-o", `-p ${ports.standby} ${common} -c hot_standby=on`, "start"]);
    started.push(standbyDir);
  } catch (error) {
    await stop();
    throw error;
  }
  const primaryUrl = `postgresql://postgres@127.0.0.1:${ports.primary}/${database}`;
  const standbyUrl = `postgresql://postgres@127.0.0.1:${ports.standby}/${database}`;
  return {
    primaryUrl,
    standbyUrl,
    pauseReplay: async () => void (await query(standbyUrl, "SELECT pg_wal_replay_pause()")),
    resumeReplay: async () => void (await query(standbyUrl, "SELECT pg_wal_replay_resume()")),
    caughtUp: async (timeoutMs = 10_000) => {
      const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const [{ done }] = await query<{ done: boolean }>(standbyUrl, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`);
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`The standby did not catch up with ${lsn} within ${timeoutMs} ms`);
    },
    stop,
  };
}
