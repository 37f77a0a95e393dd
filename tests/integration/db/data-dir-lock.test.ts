import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openAdapter } from "@/lib/db/adapter";
import { DataFolderLockedError, lockFilePath } from "@/lib/db/data-dir-lock";

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
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(String(process.pid));
    await adapter.close();
  });

  it("is released on close so the folder can be opened again", async () => {
    const dataDir = tempDir();
    const first = openAdapter({ kind: "pglite", dataDir });
    await first.close();
    const second = openAdapter({ kind: "pglite", dataDir });
    expect(fs.readFileSync(lockFilePath(dataDir), "utf8")).toBe(String(process.pid));
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
