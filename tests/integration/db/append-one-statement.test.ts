import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClientEvent } from "@/lib/interview/events";
import { foldEvents } from "@/lib/interview/fold";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { rowsToEvents } from "@/lib/sessions/event-rows";
import { appendClientEvents, liveForChange } from "@/lib/sessions/operations";
import { startSession } from "@/lib/sessions/start-session";
import { targets } from "./targets";

/**
 * An autosave in one statement when this process served the session's last request
 * (lib/sessions/append-in-one-statement.ts): what it stores and answers must be what the usual
 * path (read, then insert) would, and anything it cannot be sure of goes the usual way.
 */
describe.each(targets)("autosave in one statement on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let base: PrismaClient;
  let client: PrismaClient;
  let userId: string;
  let statements = 0;

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    base = new PrismaClient({ adapter: adapter.factory });
    const { prompts } = await loadPromptFiles(path.resolve("content/prompts"));
    await syncPrompts(base, prompts);
    userId = (await base.user.create({ data: { email: "one@example.com", name: "One", passwordHash: "x" } })).id;
    // Every statement the session service sends through this client is counted.
    client = base.$extends({
      query: {
        async $allOperations({ args, query }) {
          statements += 1;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
  });

  afterAll(async () => {
    await base.$disconnect();
    await adapter.close();
    await drop();
  });

  const who = (sessionId: string, now = new Date()) => ({ sessionId, userId, now, timeScale: 1 });
  const estimate = (id: string, value: number) => ({ id, type: "estimate_set", payload: { field: "readQps", value } }) as ClientEvent;

  async function wholeLog(sessionId: string) {
    const rows = await base.sessionEvent.findMany({ where: { sessionId }, orderBy: { seq: "asc" }, select: { clientId: true, type: true, payload: true, at: true } });
    return rowsToEvents(rows);
  }

  async function counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = statements;
    const result = await work();
    return { result, statements: statements - before };
  }

  it("stores a warm session's autosave with one statement, the interviewer's answer included", async () => {
    const { id } = await startSession(base, userId, { slug: "url-shortener", mode: "PRACTICE" });
    await appendClientEvents(client, who(id), [estimate("one-first-0001", 1)]);
    const { result, statements: used } = await counted(() =>
      appendClientEvents(client, who(id), [
        estimate("one-second-0001", 2),
        { id: "one-question-01", type: "question_asked", payload: { text: "How many new URLs are created per day?" } } as ClientEvent,
        estimate("one-third-0001", 3),
      ]),
    );
    expect(used).toBe(1);
    expect(result.accepted).toEqual(["one-second-0001", "one-question-01", "one-third-0001"]);
    const log = await wholeLog(id);
    // The answer sits right after its question, and the answer returned is the one stored.
    expect(log.map((event) => event.id).slice(0, 3)).toEqual(["one-first-0001", "one-second-0001", "one-question-01"]);
    expect(log[3].type).toBe("interviewer_replied");
    expect(log.at(-1)?.id).toBe("one-third-0001");
    expect(result.events).toEqual(log.slice(1));
    expect((await base.interviewSession.findUniqueOrThrow({ where: { id } })).eventCount).toBe(log.length);
    // The next request's state is the whole log's fold.
    expect((await liveForChange(client, who(id))).state).toEqual(foldEvents(log));
  });

  it("goes the usual way, without writing twice, when another process appended since", async () => {
    const { id } = await startSession(base, userId, { slug: "url-shortener", mode: "PRACTICE" });
    await appendClientEvents(client, who(id), [estimate("two-first-0001", 1)]);
    // Another instance appends in between: `base` keeps a cache of its own, as another process would.
    await appendClientEvents(base, who(id), [estimate("two-other-0001", 50)]);
    const { result, statements: used } = await counted(() => appendClientEvents(client, who(id), [estimate("two-mine-0001", 7)]));
    expect(used).toBeGreaterThan(1);
    expect(result.accepted).toEqual(["two-mine-0001"]);
    const log = await wholeLog(id);
    expect(log.map((event) => event.id)).toEqual(["two-first-0001", "two-other-0001", "two-mine-0001"]);
    expect((await liveForChange(client, who(id))).state).toEqual(foldEvents(log));
    expect((await base.interviewSession.findUniqueOrThrow({ where: { id } })).eventCount).toBe(3);
  });

  it("goes the usual way for a resent id, a submission and someone else's session", async () => {
    const { id } = await startSession(base, userId, { slug: "url-shortener", mode: "PRACTICE" });
    await appendClientEvents(client, who(id), [estimate("three-first-001", 1)]);
    // A resend with a different payload is still a 409.
    await expect(appendClientEvents(client, who(id), [estimate("three-first-001", 2)])).rejects.toMatchObject({ status: 409 });
    // Another user cannot append through this process's cache.
    const stranger = (await base.user.create({ data: { email: "stranger@example.com", name: "S", passwordHash: "x" } })).id;
    await expect(appendClientEvents(client, { ...who(id), userId: stranger }, [estimate("three-stranger1", 9)])).rejects.toMatchObject({ status: 404 });
    // A submission builds the report in the usual way and stores it.
    const submitted = await appendClientEvents(client, who(id), [{ id: "three-submit-01", type: "submitted", payload: { reason: "manual" } } as ClientEvent]);
    expect(submitted.status).toBe("SUBMITTED");
    expect((await base.interviewSession.findUniqueOrThrow({ where: { id } })).report).not.toBeNull();
    // After it, nothing more is stored.
    const late = await appendClientEvents(client, who(id), [estimate("three-late-0001", 4)]);
    expect(late.rejected.map((entry) => entry.id)).toEqual(["three-late-0001"]);
    expect((await wholeLog(id)).map((event) => event.id)).not.toContain("three-late-0001");
    expect((await wholeLog(id)).map((event) => event.id)).not.toContain("three-stranger1");
  });

  it("applies a strict timeout that fell due in the same statement, dated at the band's end", async () => {
    const { id } = await startSession(base, userId, { slug: "url-shortener", mode: "STRICT" });
    const { startedAt } = await base.interviewSession.findUniqueOrThrow({ where: { id } });
    await appendClientEvents(client, who(id, startedAt), [estimate("four-first-0001", 1)]);
    // Eleven minutes in: the first band (3–10 min) has ended.
    const later = new Date(startedAt.getTime() + 11 * 60_000);
    const { result, statements: used } = await counted(() => appendClientEvents(client, who(id, later), [estimate("four-second-001", 2)]));
    expect(used).toBe(1);
    const log = await wholeLog(id);
    const timeout = log.find((event) => event.type === "phase_advanced");
    expect(timeout?.id).toMatch(/^srv-timeout-phase-/);
    expect(result.clock.phase).toBe(2);
    expect(log.map((event) => event.id).indexOf(timeout!.id)).toBeLessThan(log.map((event) => event.id).indexOf("four-second-001"));
    expect((await liveForChange(client, who(id, later))).state).toEqual(foldEvents(log));
  });
});
