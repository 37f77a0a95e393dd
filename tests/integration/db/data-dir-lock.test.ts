import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openAdapter } from "@/lib/db/adapter";
import { bootId, DataFolderLockedError, lockContent, lockFilePath, processStartTime } from "@/lib/db/data-dir-lock";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database folder lock", () => {
  it("refuses a second process with an error naming the folder", async () => {
    const dataDir = tempDir();
    const adapter = openAdapter({ kind: "pglite", dataDir });
    try {
      const child = spawnSync("npx", ["--no-install", "tsx", "prisma/migrate.ts"], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
        encoding: "utf8",
      });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toContain(`The embedded database folder ${dataDir} is in use by another process (pid ${process.pid})`);
    } finally {
      await adapter.close();
    }
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const dataDir = tempDir();
    // A pid that cannot be alive: above the kernel's pid_max.
    fs.writeFileSync(lockFilePath(dataDir), "99999999");
    const adapter = openAdapter({ kind: "pglite", dataDir });
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(lockContent());
    await adapter.close();
  });

  it("records the boot and the start time, and takes over a lock naming a live but unrelated process", async () => {
    expect(lockContent()).toBe(`${process.pid}\n${bootId()}\n${processStartTime(process.pid)}`);
    expect(processStartTime(process.ppid)).toMatch(/^\d+$/);
    const dataDir = tempDir();
    // The parent process is alive, but it started at another time than the lock says: a pid reused.
    fs.writeFileSync(lockFilePath(dataDir), `${process.ppid}\n${bootId()}\n1`);
    const adapter = openAdapter({ kind: "pglite", dataDir });
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(lockContent());
    await adapter.close();
    // Written in an earlier boot of the machine: stale whoever has that pid now.
    fs.writeFileSync(lockFilePath(dataDir), `${process.ppid}\nanother-boot\n${processStartTime(process.ppid)}`);
    const again = openAdapter({ kind: "pglite", dataDir });
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(lockContent());
    await again.close();
  });

  it("still refuses a lock whose holder runs: same pid, same boot, same start time", async () => {
    const dataDir = tempDir();
    fs.writeFileSync(lockFilePath(dataDir), lockContent(process.ppid));
    expect(() => openAdapter({ kind: "pglite", dataDir })).toThrow(DataFolderLockedError);
  });

  it("is released on close so the folder can be opened again", async () => {
    const dataDir = tempDir();
    const first = openAdapter({ kind: "pglite", dataDir });
    await first.close();
    const second = openAdapter({ kind: "pglite", dataDir });
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(lockContent());
    await second.close();
  });

  it("refuses a second opener inside the same process too", async () => {
    const dataDir = tempDir();
    const first = openAdapter({ kind: "pglite", dataDir });
    expect(() => openAdapter({ kind: "pglite", dataDir })).toThrow(DataFolderLockedError);
    await first.close();
  });
});

describe("start-up", () => {
  it("fails with a message naming NEXTAUTH_SECRET when DATABASE_URL is set without it", () => {
    const child = spawnSync("npx", ["--no-install", "tsx", "lib/startup.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", NEXTAUTH_SECRET: "" },
      encoding: "utf8",
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("DesignDrill cannot start: NEXTAUTH_SECRET is not set.");
  });
});
