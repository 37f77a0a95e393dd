import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs session tokens. Embedded (laptop) installs need no set-up: one is
 * generated once and kept in the data folder. A server install (DATABASE_URL) runs as several
 * instances that must share it, so there it has to be set explicitly.
 */
export function resolveAuthSecret(source: { NEXTAUTH_SECRET?: string; DATABASE_URL?: string; DATA_DIR?: string }): string {
  if (source.NEXTAUTH_SECRET) return source.NEXTAUTH_SECRET;
  if (source.DATABASE_URL) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL every app instance must share one secret: " +
        "set NEXTAUTH_SECRET to a random string of at least 32 characters (e.g. `openssl rand -base64 32`).",
    );
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ source.DATA_DIR ?? ".data");
  // The proxy asks on every page request: read the folder once per process, not every time.
  const known = fromFolder.get(dir);
  if (known) return known;
  const secret = readOrCreate(dir);
  fromFolder.set(dir, secret);
  return secret;
}

const fromFolder = new Map<string, string>();

function readOrCreate(dir: string): string {
  const file = path.join(dir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
