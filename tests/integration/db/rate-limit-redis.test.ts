import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitRateLimitInRedis } from "@/lib/rate-limit";
import { connectRedis, type RedisClient } from "@/lib/redis";

/**
 * Rate limits in Redis (REDIS_URL): two connections stand for two app instances, and share one
 * budget. Runs against the Redis server named by TEST_REDIS_URL (CI: 127.0.0.1:6379).
 */
const url = process.env.TEST_REDIS_URL;

describe.skipIf(!url)("rate limits in Redis", () => {
  let first: RedisClient;
  let second: RedisClient;
  const key = `test:${process.pid}:${Date.now()}`;
  const rule = { limit: 3, windowSeconds: 60 };

  beforeAll(async () => {
    first = await connectRedis(url!);
    second = await connectRedis(url!);
  });
  afterAll(async () => {
    await first?.quit();
    await second?.quit();
  });

  it("counts hits from two instances against one budget and refuses past the limit", async () => {
    const now = new Date("2026-12-01T12:00:10Z");
    const results = [
      await hitRateLimitInRedis(first, key, rule, now),
      await hitRateLimitInRedis(second, key, rule, now),
      await hitRateLimitInRedis(first, key, rule, now),
      await hitRateLimitInRedis(second, key, rule, now),
    ];
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3].retryAfterSeconds).toBe(50);
  });

  it("counts parallel hits once each", async () => {
    const now = new Date("2026-12-01T12:05:00Z");
    const hits = await Promise.all(Array.from({ length: 10 }, (_, i) => hitRateLimitInRedis(i % 2 ? first : second, `${key}:parallel`, rule, now)));
    expect(hits.filter((h) => h.allowed)).toHaveLength(3);
  });

  it("starts a fresh budget in the next window, and the old window's key expires with it", async () => {
    const now = new Date("2026-12-01T12:01:00Z");
    expect((await hitRateLimitInRedis(first, key, rule, now)).remaining).toBe(2);
    const ttl = await first.ttl(`designdrill:rate:${key}:${now.getTime()}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});
