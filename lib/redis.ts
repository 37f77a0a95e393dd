import { createClient } from "redis";
import { env } from "@/lib/env";

/**
 * The Redis client, when REDIS_URL is set (else null): connected lazily on first use and kept on
 * globalThis, so every route bundle of one process shares one connection.
 */
export type RedisClient = ReturnType<typeof createClient>;

const holder = globalThis as typeof globalThis & { __designdrillRedis?: Promise<RedisClient> };

export function redis(): Promise<RedisClient> | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  holder.__designdrillRedis ??= connectRedis(url);
  return holder.__designdrillRedis;
}

export async function connectRedis(url: string): Promise<RedisClient> {
  const client = createClient({ url });
  // A lost connection reconnects by itself; until it does, commands fail and the caller answers.
  client.on("error", () => {});
  await client.connect();
  return client;
}
