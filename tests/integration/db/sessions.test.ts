import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { loadOwnedSession } from "@/lib/sessions/load-session";
import { startSession } from "@/lib/sessions/start-session";
import { appendEventOnce } from "@/lib/sessions/store-events";
import { LiveSession } from "@/lib/sessions/sync-session";
import { targets } from "./targets";

describe.each(targets)("the session service on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;
  let userId: string;

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    const { prompts, problems } = await loadPromptFiles(path.resolve("content/prompts"));
    expect(problems).toEqual([]);
    await syncPrompts(client, prompts);
    userId = (await client.user.create({ data: { email: "svc@example.com", name: "Svc", passwordHash: "x" } })).id;
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  it("appends an event once however often it is retried", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    const event = { id: "retry-question-01", type: "question_asked", payload: { text: "How many URLs per day?" } };
    const now = new Date();
    const first = await appendEventOnce(client, id, event, now);
    const again = await Promise.all([appendEventOnce(client, id, event, now), appendEventOnce(client, id, event, now)]);
    expect(first?.id).toBe("retry-question-01");
    expect(again).toEqual([null, null]);
    expect(await client.sessionEvent.count({ where: { sessionId: id } })).toBe(1);
  });

  it("finishes a submission that was logged but never scored, on the next read", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    // The request that appended `submitted` died before the report was stored.
    await appendEventOnce(client, id, { id: "submit-crashed-01", type: "submitted", payload: { reason: "manual" } }, new Date());
    expect((await client.interviewSession.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");

    const live = new LiveSession(client, await loadOwnedSession(client, id, userId), new Date(), 1);
    await live.tick();

    const row = await client.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.score).toBeTypeOf("number");
    expect((row.report as { reason: string; prompt: { slug: string } }).prompt.slug).toBe("url-shortener");
    expect(await client.sessionEvent.count({ where: { sessionId: id, type: "submitted" } })).toBe(1);
  });

  it("applies strict timeouts dated at the band's end, once", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "STRICT" });
    const startedAt = (await client.interviewSession.findUniqueOrThrow({ where: { id } })).startedAt;
    const later = new Date(startedAt.getTime() + 11 * 60 * 1000);
    for (let i = 0; i < 2; i++) {
      const live = new LiveSession(client, await loadOwnedSession(client, id, userId), later, 1);
      await live.tick();
    }
    const advances = await client.sessionEvent.findMany({ where: { sessionId: id, type: "phase_advanced" } });
    expect(advances).toHaveLength(1);
    expect(advances[0].at.getTime()).toBe(startedAt.getTime() + 10 * 60 * 1000);
  });
});
