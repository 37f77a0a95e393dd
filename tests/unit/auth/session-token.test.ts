import { EncryptJWT } from "jose";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookieName, sessionEncryptionKey, sessionTokenFrom, userFromClaims } from "@/lib/auth/session-token";

const SECRET = "session-token-test-secret-0123456789abcdef";
const claims = { uid: "user-1", role: "CANDIDATE" as const, email: "ada@example.com", name: "Ada" };

describe("reading next-auth's session token", () => {
  it("decodes a token next-auth itself issued, to the same user its callbacks describe", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    expect(userFromClaims(await decodeSessionToken(token, SECRET))).toEqual({ id: "user-1", email: "ada@example.com", name: "Ada", role: "CANDIDATE" });
  });

  it("refuses a token encrypted under another secret", async () => {
    const token = await encode({ token: claims, secret: `${SECRET}-other`, maxAge: 60 });
    expect(await decodeSessionToken(token, SECRET)).toBeNull();
  });

  it("refuses a token changed in transit (the authentication tag fails)", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    const parts = token.split(".");
    const ciphertext = parts[3];
    parts[3] = `${ciphertext[0] === "A" ? "B" : "A"}${ciphertext.slice(1)}`;
    expect(await decodeSessionToken(parts.join("."), SECRET)).toBeNull();
    expect(await decodeSessionToken("not-a-token", SECRET)).toBeNull();
  });

  it("refuses an expired token beyond next-auth's 15 s tolerance, and accepts one within it", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expiredAt = async (exp: number) =>
      new EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setIssuedAt(now - 3600).setExpirationTime(exp).encrypt(sessionEncryptionKey(SECRET));
    expect(await decodeSessionToken(await expiredAt(now - 60), SECRET)).toBeNull();
    expect(await decodeSessionToken(await expiredAt(now - 5), SECRET)).not.toBeNull();
  });

  it("has no user without an id or an email", () => {
    expect(userFromClaims({ email: "ada@example.com" })).toBeNull();
    expect(userFromClaims({ uid: "user-1" })).toBeNull();
    expect(userFromClaims(null)).toBeNull();
    expect(userFromClaims({ uid: "user-1", email: "ada@example.com" })?.name).toBe("ada@example.com");
  });

  it("uses next-auth's cookie name, __Secure- prefixed on https, and joins chunked cookies in order", () => {
    expect(sessionCookieName("http://localhost:3000")).toBe("next-auth.session-token");
    expect(sessionCookieName("https://drill.example.com")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(undefined)).toBe("next-auth.session-token");
    const name = "next-auth.session-token";
    const jar = [
      { name: `${name}.1`, value: "second" },
      { name: "other", value: "x" },
      { name: `${name}.0`, value: "first-" },
    ];
    expect(sessionTokenFrom(jar, name)).toBe("first-second");
    expect(sessionTokenFrom([{ name: "next-auth.session-token", value: "whole" }], name)).toBe("whole");
    // An http cookie does not count on an https site (only the prefixed name does).
    expect(sessionTokenFrom([{ name: "next-auth.session-token", value: "whole" }], sessionCookieName("https://x.example"))).toBeNull();
    expect(sessionTokenFrom([], name)).toBeNull();
  });
});
