import crypto from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";
import type { UserRole } from "./validation";

/**
 * Reads next-auth's session cookie (an encrypted JWT) the way next-auth does, but only that.
 *
 * next-auth's getServerSession runs its whole request handler for every call: it derives the
 * encryption key with HKDF, decrypts the token, then derives the key again to encrypt a renewed
 * token it cannot even set from a route handler, and makes a CSRF token on the way. That was a
 * measurable share of every autosave's CPU. Here the key is derived once per secret and the
 * token decrypted once per request, with the same checks: `dir` + A256GCM under the same
 * derived key (tampering or another secret fails the authentication tag), expiry with
 * next-auth's 15 s tolerance, and the same cookie name (`__Secure-` prefixed on https),
 * including next-auth's chunked cookies (`name.0`, `name.1`, ...). Issuing, renewing and
 * signing out stay with next-auth's own routes.
 */
export const SESSION_COOKIE_NAME = "next-auth.session-token";
const ENCRYPTION_INFO = "NextAuth.js Generated Encryption Key";
const CLOCK_TOLERANCE_SECONDS = 15;

const keys = new Map<string, Uint8Array>();

/** next-auth's derived encryption key (HKDF-SHA256, empty salt), once per secret. */
export function sessionEncryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(crypto.hkdfSync("sha256", secret, "", ENCRYPTION_INFO, 32));
    keys.set(secret, key);
  }
  return key;
}

/** The session cookie's name: next-auth prefixes it with `__Secure-` when the site is https. */
export function sessionCookieName(siteUrl: string | undefined): string {
  return siteUrl?.startsWith("https://") ? `__Secure-${SESSION_COOKIE_NAME}` : SESSION_COOKIE_NAME;
}

/**
 * The token from the request's cookies, joined from its chunks in order as next-auth's
 * SessionStore does (every cookie whose name starts with the session cookie's name).
 */
export function sessionTokenFrom(cookies: Iterable<{ name: string; value: string }>, cookieName: string): string | null {
  const chunks: { suffix: number; value: string }[] = [];
  for (const { name, value } of cookies) {
    if (!name.startsWith(cookieName)) continue;
    chunks.push({ suffix: parseInt(name.split(".").pop() || "0") || 0, value });
  }
  if (chunks.length === 0) return null;
  chunks.sort((a, b) => a.suffix - b.suffix);
  return chunks.map((chunk) => chunk.value).join("") || null;
}

/** The token's claims, or null when it does not decrypt under this secret or has expired. */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, sessionEncryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
    return payload;
  } catch {
    return null;
  }
}

export type TokenUser = { id: string; email: string; name: string; role: UserRole };

/** The signed-in user the claims describe (as lib/auth/options.ts's callbacks put them there). */
export function userFromClaims(claims: JWTPayload | null): TokenUser | null {
  if (!claims) return null;
  const { uid, email, name, role } = claims as { uid?: unknown; email?: unknown; name?: unknown; role?: unknown };
  if (typeof uid !== "string" || uid === "" || typeof email !== "string" || email === "") return null;
  return { id: uid, email, name: typeof name === "string" ? name : email, role: role as UserRole };
}
