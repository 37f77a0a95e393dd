import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { redis, type RedisClient } from "@/lib/redis";
import { text } from "@/lib/simulator/text-tree";

/**
 * Fixed-window rate limits kept in the database (or in Redis when REDIS_URL is set), so several
 * app instances behind a load balancer share one budget. `hit` counts an attempt and says whether it is allowed. Sign-in
 * attempts are throttled differently, with a growing delay rather than a window that locks the
 * account (lib/auth/login-throttle.ts).
 */
export type RateLimitRule = { limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  simulatePerUser: { limit: 120, windowSeconds: 60 },
  registerPerAddress: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export async function hitRateLimit(
  client: PrismaClient,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitResult> {
  const shared = redis();
  if (shared) return hitRateLimitInRedis(await shared, key, rule, now);
  return hitRateLimitInPostgres(client, key, rule, now);
}

function windowOf(rule: RateLimitRule, now: Date): Date {
  return new Date(Math.floor(now.getTime() / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);
}

function result(count: number, rule: RateLimitRule, windowStart: Date, now: Date): RateLimitResult {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds };
}

/**
 * The same fixed window in Redis: one key per window, created with the window's lifetime and
 * counted up in one transaction, so parallel hits from any instance are each counted once.
 */
export async function hitRateLimitInRedis(client: RedisClient, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStart = windowOf(rule, now);
  const redisKey = `designdrill:rate:${key}:${windowStart.getTime()}`;
  const replies = await client.multi().set(redisKey, "0", { expiration: { type: "EX", value: rule.windowSeconds }, condition: "NX" }).incr(redisKey).exec();
  return result(Number(replies[1]), rule, windowStart, now);
}

export async function hitRateLimitInPostgres(client: PrismaClient, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStart = windowOf(rule, now);
  // One statement: insert, or count up within the window, or restart a past window.
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" = ${windowStart} THEN "RateLimit"."count" + 1 ELSE 1 END,
      "windowStart" = ${windowStart}
    RETURNING "count"`;
  return result(Number(rows[0]?.count ?? 1), rule, windowStart, now);
}

/** Simulator runs per user (the API, feedback and scenarios share one budget). */
export async function enforceSimulateLimit(client: PrismaClient, userId: string): Promise<void> {
  const limit = await hitRateLimit(client, `simulate:${userId}`, RATE_LIMITS.simulatePerUser);
  if (!limit.allowed) {
    throw new AppError("rate_limited", text("problems.detail.simulatorRateLimited", { seconds: limit.retryAfterSeconds }), {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
}
