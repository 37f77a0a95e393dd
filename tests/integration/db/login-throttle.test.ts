import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_THROTTLE, recordLoginSuccess, reserveLoginAttempt, type ThrottleBucket } from "@/lib/auth/login-throttle";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { targets } from "./targets";

describe.each(targets)("login throttling in the database on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  const bucket = (key: string): ThrottleBucket[] => [{ key, rule: LOGIN_THROTTLE.account }];
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

  it("lets five attempts through at once, then asks for growing waits, and counts only attempts it let through", async () => {
    const key = bucket("login:account:slow@example.com");
    for (let i = 0; i < 5; i++) expect(await reserveLoginAttempt(client, key, at(0))).toEqual({ allowed: true });
    expect(await reserveLoginAttempt(client, key, at(0))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await reserveLoginAttempt(client, key, at(1))).toEqual({ allowed: true });
    expect(await reserveLoginAttempt(client, key, at(2))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await reserveLoginAttempt(client, key, at(3))).toEqual({ allowed: true });
    expect(await reserveLoginAttempt(client, key, at(4))).toEqual({ allowed: false, retryAfterSeconds: 3 });
    // An hour of quiet forgets it all.
    expect(await reserveLoginAttempt(client, key, new Date(at(3).getTime() + 3_601_000))).toEqual({ allowed: true });
  });

  it("lets parallel attempts through no faster than one at a time", async () => {
    const key = bucket("login:account:parallel@example.com");
    const results = await Promise.all(Array.from({ length: 12 }, () => reserveLoginAttempt(client, key, at(0))));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("starts an account afresh after a correct password", async () => {
    const key = bucket("login:account:back@example.com");
    for (let i = 0; i < 6; i++) await reserveLoginAttempt(client, key, at(0));
    await recordLoginSuccess(client, key);
    expect(await reserveLoginAttempt(client, key, at(0))).toEqual({ allowed: true });
  });
});
