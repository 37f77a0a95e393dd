import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/lib/auth/secret";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-secret-"));
  dirs.push(dir);
  return dir;
}

describe("the auth secret", () => {
  it("uses NEXTAUTH_SECRET when it is set", () => {
    expect(resolveAuthSecret({ NEXTAUTH_SECRET: "s".repeat(32), DATABASE_URL: "postgresql://x/y" })).toBe("s".repeat(32));
  });

  it("refuses to run on PostgreSQL without a shared secret, saying what to set", () => {
    expect(() => resolveAuthSecret({ DATABASE_URL: "postgresql://db/app" })).toThrow(/NEXTAUTH_SECRET is not set.*set NEXTAUTH_SECRET/);
  });

  it("generates one for the embedded database once and keeps it in the data folder", () => {
    const dir = tempDir();
    const first = resolveAuthSecret({ DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(resolveAuthSecret({ DATA_DIR: dir })).toBe(first);
    expect(resolveAuthSecret({ DATA_DIR: tempDir() })).not.toBe(first);
  });
});
