import { createHmac, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/lib/db";

/**
 * Login throttling, not lockout (OWASP Authentication Cheat Sheet, "Login Throttling"; OWASP
 * "Slow Down Online Guessing Attacks with Device Cookies").
 *
 * 1. Every sign-in attempt first reserves a slot in each bucket that applies; the reservation
 *    is one SQL statement, so parallel attempts cannot all slip through before a failure is
 *    counted. A correct password clears the account bucket; a wrong one leaves its count.
 * 2. The first `free` attempts of a bucket go through at once. After that each attempt must wait
 *    `base × 2^(count − free)` seconds after the previous one, capped at `maxSeconds`: an attempt
 *    that comes earlier is answered 429 with Retry-After, and is not counted. A bucket forgets
 *    everything `resetSeconds` after its last attempt.
 * 3. Buckets: per account (the email), and per client address only behind a declared proxy
 *    (TRUST_PROXY=1: without one, any client can forge the address). The address bucket is
 *    larger, because many people share an office's address; it stops one address spraying
 *    guesses over many accounts. A successful sign-in gives one slot back to its address.
 * 4. A browser that has signed in to an account before carries a "known device" cookie (an HMAC
 *    of the email under the server's secret). Its attempts use a bucket of their own, so someone
 *    hammering an account from elsewhere slows themselves down, never its owner: nobody can lock
 *    anybody out, and the owner's correct password still signs in at once.
 *
 * The figures: 5 free attempts then 1, 2, 4, 8, 16, 30, 30 … seconds allow at most ~120 guesses
 * an hour per account, against at least 10-character passwords (registration's rule) — far below
 * what an online attack needs, while a person who mistypes a few times waits a second or two.
 * State lives in the RateLimit table (`windowStart` = the last attempt, `count` = attempts since
 * the last reset), so every instance behind a load balancer shares it.
 */
export type ThrottleRule = { free: number; baseSeconds: number; maxSeconds: number; resetSeconds: number };

export const LOGIN_THROTTLE = {
  account: { free: 5, baseSeconds: 1, maxSeconds: 30, resetSeconds: 60 * 60 },
  address: { free: 30, baseSeconds: 1, maxSeconds: 60, resetSeconds: 60 * 60 },
} satisfies Record<string, ThrottleRule>;

export const KNOWN_DEVICE_COOKIE = "designdrill.known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function delaySeconds(rule: ThrottleRule, count: number): number {
  if (count < rule.free) return 0;
  return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (count - rule.free));
}

export function knownDeviceToken(secret: string, email: string): string {
  return createHmac("sha256", secret).update(`known-device:${email}`).digest("base64url");
}

export function isKnownDevice(secret: string, email: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(knownDeviceToken(secret, email));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type ThrottleBucket = { key: string; rule: ThrottleRule };

export function loginBuckets(email: string, address: string | null, knownDevice: boolean): ThrottleBucket[] {
  const buckets: ThrottleBucket[] = [{ key: `login:account:${email}${knownDevice ? ":known-device" : ""}`, rule: LOGIN_THROTTLE.account }];
  if (address) buckets.push({ key: `login:address:${address}`, rule: LOGIN_THROTTLE.address });
  return buckets;
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Reserves one attempt in a bucket, or says how long to wait. */
async function reserve(client: PrismaClient, bucket: ThrottleBucket, now: Date): Promise<Reservation> {
  const { free, baseSeconds, maxSeconds, resetSeconds } = bucket.rule;
  const resetBefore = new Date(now.getTime() - resetSeconds * 1000);
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${bucket.key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < ${resetBefore} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = ${now}
    WHERE "RateLimit"."windowStart" < ${resetBefore}
       OR "RateLimit"."count" < ${free}
       OR "RateLimit"."windowStart" + LEAST(${maxSeconds}::float8, ${baseSeconds}::float8 * power(2::float8, ("RateLimit"."count" - ${free})::float8)) * interval '1 second' <= ${now}
    RETURNING "count"`;
  if (rows.length > 0) return { allowed: true };
  const row = await client.rateLimit.findUnique({ where: { key: bucket.key }, select: { windowStart: true, count: true } });
  if (!row) return { allowed: true };
  const openAt = row.windowStart.getTime() + delaySeconds(bucket.rule, row.count) * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((openAt - now.getTime()) / 1000)) };
}

/** Reserves an attempt in every bucket; refused when any bucket says wait (the longest wait). */
export async function reserveLoginAttempt(client: PrismaClient, buckets: ThrottleBucket[], now = new Date()): Promise<Reservation> {
  let wait = 0;
  for (const bucket of buckets) {
    const result = await reserve(client, bucket, now);
    if (!result.allowed) wait = Math.max(wait, result.retryAfterSeconds);
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** A correct password: the account starts afresh, and its address gets its slot back. */
export async function recordLoginSuccess(client: PrismaClient, buckets: ThrottleBucket[]): Promise<void> {
  for (const bucket of buckets) {
    if (bucket.key.startsWith("login:account:")) {
      await client.rateLimit.deleteMany({ where: { key: bucket.key } });
    } else {
      await client.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${bucket.key}`;
    }
  }
}
