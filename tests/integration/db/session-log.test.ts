import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import type { AppError } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClientEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { rowsToEvents } from "@/lib/sessions/event-rows";
import { appendClientEvents, getSessionView, liveForChange } from "@/lib/sessions/operations";
import { cachedLogSummary } from "@/lib/sessions/session-log-cache";
import { startSession } from "@/lib/sessions/start-session";
import { appendEventsOnce } from "@/lib/sessions/store-events";
import { targets } from "./targets";

/**
 * Autosave folds only the rows stored since it last looked (lib/sessions/session-log.ts). These
 * check that what it ends with is what folding the whole log gives, whoever appended and in
 * whatever order rows committed, and that retries and conflicts are answered as before.
 */
describe.each(targets)("incremental appends on $name", ({ name, create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;
  let userId: string;
  let target: Awaited<ReturnType<typeof create>>["target"];

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    target = created.target;
    adapter = openAdapter(target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    const { prompts } = await loadPromptFiles(path.resolve("content/prompts"));
    await syncPrompts(client, prompts);
    userId = (await client.user.create({ data: { email: "log@example.com", name: "Log", passwordHash: "x" } })).id;
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  const who = (sessionId: string) => ({ sessionId, userId, now: new Date(), timeScale: 1 });
  const estimate = (id: string, field: string, value: number) => ({ id, type: "estimate_set", payload: { field, value } }) as ClientEvent;

  async function wholeLogState(on: PrismaClient, sessionId: string) {
    const rows = await on.sessionEvent.findMany({ where: { sessionId }, orderBy: { seq: "asc" }, select: { clientId: true, type: true, payload: true, at: true } });
    return foldEvents(rowsToEvents(rows));
  }

  it("ends where folding the whole log ends, with the interviewer's answers, and stores every acknowledged event once", async () => {
    const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
    const acknowledged: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const events: ClientEvent[] = [estimate(`grow-estimate-${i}`, "readQps", 100 + i)];
      if (i % 4 === 0) events.push({ id: `grow-question-${i}`, type: "question_asked", payload: { text: "How many daily active users do we have?" } } as ClientEvent);
      const result = await appendClientEvents(client, who(id), events);
      acknowledged.push(...result.accepted);
    }
    // The next request starts from the summary brought up to date: the whole log's fold.
    const next = await liveForChange(client, who(id));
    expect(next.state).toEqual(await wholeLogState(client, id));
    expect(next.state.estimates.readQps).toBe(111);
    expect(next.state.chat.some((message) => message.role === "interviewer")).toBe(true);
    const stored = await client.sessionEvent.findMany({ where: { sessionId: id }, select: { clientId: true } });
    expect(acknowledged.filter((eventId) => !stored.some((row) => row.clientId === eventId))).toEqual([]);
    expect(new Set(stored.map((row) => row.clientId)).size).toBe(stored.length);
    // The count kept with the rows is the rows' count.
    expect((await client.interviewSession.findUniqueOrThrow({ where: { id } })).eventCount).toBe(stored.length);
  });

  it("folds in a row that committed after a later one, in seq order", async () => {
    const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
    await appendClientEvents(client, who(id), [estimate("late-first-0001", "readQps", 1)]);
    // An append that took its seq, then was slow to commit: its seq is below rows read since.
    const [{ seq: lateSeq }] = await client.$queryRaw<{ seq: number }[]>`SELECT nextval(pg_get_serial_sequence('"SessionEvent"', 'seq'))::int AS "seq"`;
    await appendClientEvents(client, who(id), [estimate("late-after-0001", "readQps", 222)]);
    await liveForChange(client, who(id));
    expect(cachedLogSummary(client, id)?.cursor).toBeGreaterThan(lateSeq);
    // It commits now, with the count it adds to, as every append does (lib/sessions/store-events.ts).
    await client.$executeRaw`
      WITH late AS (
        INSERT INTO "SessionEvent" ("sessionId", "clientId", "seq", "type", "payload", "at")
        VALUES (${id}, 'late-commit-0001', ${lateSeq}, 'estimate_set', '{"field":"readQps","value":111}'::jsonb, now())
        RETURNING "sessionId"
      )
      UPDATE "InterviewSession" SET "eventCount" = "eventCount" + 1 WHERE "id" IN (SELECT "sessionId" FROM late)`;

    const result = await appendClientEvents(client, who(id), [estimate("late-next-0001", "peakQps", 9)]);
    expect(result.accepted).toEqual(["late-next-0001"]);
    const next = await liveForChange(client, who(id));
    // The late row counts (its id is known) and sits before the later one: readQps stays 222.
    expect(next.has("late-commit-0001")).toBe(true);
    expect(next.state).toEqual(await wholeLogState(client, id));
    expect(next.state.estimates).toMatchObject({ readQps: 222, peakQps: 9 });
    const view = await getSessionView(client, who(id));
    expect(view.events.map((event) => event.id).indexOf("late-commit-0001")).toBeLessThan(view.events.map((event) => event.id).indexOf("late-after-0001"));
  });

  it("shows the prompt's title and statement in the reader's language, English by default", async () => {
    const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
    const english = await getSessionView(client, who(id));
    const korean = await getSessionView(client, who(id), "ko");
    expect(english.prompt.title).toMatch(/[a-z]/);
    expect(korean.prompt.title).toMatch(/[가-힣]/);
    expect(korean.prompt.statement).toMatch(/[가-힣]/);
    expect(korean.prompt.slug).toBe(english.prompt.slug);
  });

  it("acknowledges a retry stored by an earlier request, and answers the same id with a different event with 409", async () => {
    const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
    await appendClientEvents(client, who(id), [estimate("resend-estimate-01", "readQps", 10)]);
    await appendClientEvents(client, who(id), [estimate("resend-other-0001", "writeQps", 1)]);
    const retry = await appendClientEvents(client, who(id), [estimate("resend-estimate-01", "readQps", 10), estimate("resend-fresh-0001", "peakQps", 3)]);
    expect(retry.accepted).toEqual(["resend-estimate-01", "resend-fresh-0001"]);
    expect(retry.events.map((event) => event.id)).toEqual(["resend-fresh-0001"]);
    const conflict = await appendClientEvents(client, who(id), [estimate("resend-estimate-01", "readQps", 11)]).catch((error: AppError) => error);
    expect((conflict as AppError).status).toBe(409);
    expect((conflict as AppError).problems).toEqual([{ path: "events.0.id", message: 'Event id "resend-estimate-01" is already stored with a different payload.', text: { key: "problems.field.eventIdReused", params: { id: "resend-estimate-01", what: "payload" } } }]);
    expect(await client.sessionEvent.count({ where: { sessionId: id } })).toBe(3);
  });

  it.skipIf(name !== "PostgreSQL")("merges appends through two instances, each with its own summary", async () => {
    // A second client is a second process: its own pool and its own summaries.
    const otherAdapter = openAdapter(target);
    const other = new PrismaClient({ adapter: otherAdapter.factory });
    try {
      const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
      const sends = Array.from({ length: 16 }, (_, i) => appendClientEvents(i % 2 === 0 ? client : other, who(id), [estimate(`two-estimate-${i}`, i % 3 === 0 ? "writeQps" : "readQps", i)]));
      const results = await Promise.all(sends);
      expect(results.flatMap((result) => result.accepted)).toHaveLength(16);
      // One more through each: both summaries now hold the other's rows too.
      await appendClientEvents(client, who(id), [estimate("two-last-a-0001", "peakQps", 1)]);
      await appendClientEvents(other, who(id), [estimate("two-last-b-0001", "peakQps", 2)]);
      await appendClientEvents(client, who(id), [estimate("two-last-a-0002", "peakQps", 3)]);
      const whole = await wholeLogState(client, id);
      expect((await liveForChange(client, who(id))).state).toEqual(whole);
      expect((await liveForChange(other, who(id))).state).toEqual(whole);
      expect(whole.estimates.peakQps).toBe(3);
      expect((await client.interviewSession.findUniqueOrThrow({ where: { id } })).eventCount).toBe(await client.sessionEvent.count({ where: { sessionId: id } }));
    } finally {
      await other.$disconnect();
      await otherAdapter.close();
    }
  });

  it.skipIf(name !== "PostgreSQL")("stores the same events sent at once in opposite orders, once each, without a deadlock", async () => {
    const otherAdapter = openAdapter(target);
    const other = new PrismaClient({ adapter: otherAdapter.factory });
    try {
      const { id } = await startSession(client, userId, { slug: "scale-to-millions", mode: "PRACTICE" });
      const now = new Date();
      for (let round = 0; round < 20; round += 1) {
        const batch = Array.from({ length: 6 }, (_, i) => estimate(`cross-${round}-${i}`, "readQps", i));
        // Each statement locks the session's row before inserting, so neither waits on the other's rows.
        const [forward, backward] = await Promise.all([
          appendEventsOnce(client, id, batch, now),
          appendEventsOnce(other, id, [...batch].reverse(), now),
        ]);
        expect([...forward, ...backward].map((event) => event.id).sort()).toEqual(batch.map((event) => event.id).sort());
      }
      expect(await client.sessionEvent.count({ where: { sessionId: id } })).toBe(120);
      expect((await client.interviewSession.findUniqueOrThrow({ where: { id } })).eventCount).toBe(120);
    } finally {
      await other.$disconnect();
      await otherAdapter.close();
    }
  });
});
