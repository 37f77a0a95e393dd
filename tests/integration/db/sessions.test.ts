import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { AppError } from "@/lib/errors";
import { errorResponse, type ProblemBody } from "@/lib/http/problem";
import { loadOwnedSession } from "@/lib/sessions/load-session";
import { appendClientEvents, requestFeedback } from "@/lib/sessions/operations";
import { startSession } from "@/lib/sessions/start-session";
import { appendEventOnce, appendEventsOnce } from "@/lib/sessions/store-events";
import { LiveSession } from "@/lib/sessions/sync-session";
import { SessionReportSchema, UnavailableReportSchema } from "@/lib/report/session-report";
import { closeSimulationPool } from "@/lib/simulation/pool";
import { ladder } from "../../unit/simulation/ladder";
import { targets } from "./targets";

// Every simulator run the sessions make goes through here: counted, so a test can say "never".
const runs = vi.hoisted(() => vi.fn());
vi.mock("@/lib/simulation/run-simulation", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/simulation/run-simulation")>();
  return { ...original, runSimulation: (...args: Parameters<typeof original.runSimulation>) => (runs(...args), original.runSimulation(...args)) };
});

afterAll(async () => {
  await closeSimulationPool();
});

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

  it("appends several events in one statement, in order, each once", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    const now = new Date();
    const estimate = (n: number) => ({ id: `batch-estimate-${n}`, type: "estimate_set", payload: { field: "readQps", value: n } });
    expect(await appendEventOnce(client, id, estimate(1), now)).not.toBeNull();
    // One already stored, one twice in the batch (the first is the one kept), two new.
    const stored = await appendEventsOnce(client, id, [estimate(1), estimate(2), { ...estimate(3), payload: { field: "readQps", value: 30 } }, estimate(3), estimate(4)], now);
    expect(stored.map((event) => event.id)).toEqual(["batch-estimate-2", "batch-estimate-3", "batch-estimate-4"]);
    const rows = await client.sessionEvent.findMany({ where: { sessionId: id }, orderBy: { seq: "asc" }, select: { clientId: true, payload: true, at: true } });
    expect(rows.map((row) => row.clientId)).toEqual(["batch-estimate-1", "batch-estimate-2", "batch-estimate-3", "batch-estimate-4"]);
    expect(rows[2].payload).toEqual({ field: "readQps", value: 30 });
    expect(rows.every((row) => row.at.getTime() === now.getTime())).toBe(true);
    // A batch of nothing new stores nothing and says so.
    expect(await appendEventsOnce(client, id, [estimate(2), estimate(4)], now)).toEqual([]);
    // A bad event anywhere in the batch stores none of it.
    await expect(appendEventsOnce(client, id, [estimate(5), { id: "batch-bad-1", type: "estimate_set", payload: { field: 7 } }], now)).rejects.toThrow();
    expect(await client.sessionEvent.count({ where: { sessionId: id } })).toBe(4);
  });

  it("stores an autosave's events in the order sent, with the interviewer's answer right after its question", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    const who = { sessionId: id, userId, now: new Date(), timeScale: 1 };
    const result = await appendClientEvents(client, who, [
      { id: "order-estimate-1", type: "estimate_set", payload: { field: "readQps", value: 100 } },
      { id: "order-question-1", type: "question_asked", payload: { text: "How many new URLs are created per day?" } },
      { id: "order-estimate-2", type: "estimate_set", payload: { field: "writeQps", value: 10 } },
      { id: "order-estimate-1", type: "estimate_set", payload: { field: "readQps", value: 100 } },
    ] as Parameters<typeof appendClientEvents>[2]);
    expect(result.accepted).toEqual(["order-estimate-1", "order-question-1", "order-estimate-2", "order-estimate-1"]);
    expect(result.rejected).toEqual([]);
    const rows = await client.sessionEvent.findMany({ where: { sessionId: id }, orderBy: { seq: "asc" }, select: { clientId: true, type: true } });
    const types = rows.map((row) => row.type);
    // The answer (and any requirement it sets) sits between the question and the next estimate.
    expect(rows[0].clientId).toBe("order-estimate-1");
    expect(rows[1].clientId).toBe("order-question-1");
    expect(types.indexOf("interviewer_replied")).toBe(2);
    expect(rows.at(-1)?.clientId).toBe("order-estimate-2");
    expect(rows.filter((row) => row.clientId === "order-estimate-1")).toHaveLength(1);
    expect(result.events.map((event) => event.id)).toEqual(rows.map((row) => row.clientId));
  });

  it("leaves a submission being scored to its request, then closes it on a later read without simulating", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    // The request that appended `submitted` died before the report was stored (a crash, a kill,
    // or once a design that took the server down).
    const submittedAt = new Date();
    await appendEventOnce(client, id, { id: "submit-crashed-01", type: "submitted", payload: { reason: "manual" } }, submittedAt);
    runs.mockClear();

    // Moments later the submitting request may still be building the report: leave it be.
    const soon = new LiveSession(client, await loadOwnedSession(client, id, userId), new Date(submittedAt.getTime() + 1_000), 1);
    await soon.tick();
    expect((await client.interviewSession.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");

    // Long after, a read closes it with a report that says why, and never runs the simulator.
    const later = new LiveSession(client, await loadOwnedSession(client, id, userId), new Date(submittedAt.getTime() + 10 * 60_000), 1);
    await later.tick();
    const row = await client.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.score).toBeNull();
    expect(row.submittedAt?.toISOString()).toBe(submittedAt.toISOString());
    const report = UnavailableReportSchema.parse(row.report);
    expect(report.unavailable.why).toBe("The report could not be built when the interview was submitted.");
    expect(runs).not.toHaveBeenCalled();
    expect(await client.sessionEvent.count({ where: { sessionId: id, type: "submitted" } })).toBe(1);
  });

  it("submits a design that cannot be simulated with a report that says why, in the submitting request", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    const wide = ladder(1);
    const extra = Array.from({ length: 70 }, (_, i) => ({ id: `web-${i}`, kind: "web_server" as const }));
    wide.design.nodes.push(...extra);
    wide.design.edges.push(...extra.map((node) => ({ from: "client", to: node.id })));
    const now = new Date();
    await appendEventOnce(client, id, { id: "design-wide-0001", type: "design_set", payload: { design: wide.design, layout: {} } }, now);
    const live = new LiveSession(client, await loadOwnedSession(client, id, userId), now, 1);
    await live.submit("manual", "submit-wide-0001");
    const row = await client.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.score).toBeNull();
    expect(UnavailableReportSchema.parse(row.report).unavailable.why).toMatch(/"client" has 72 outgoing edges; at most 64/);
  });

  it("refuses feedback on a board that cannot be simulated, each problem said in the reader's language", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    const broken = ladder(1);
    broken.design.edges.push({ from: "client", to: "ghost" }, { from: "client", to: "client" });
    const edge = broken.design.edges.length - 2;
    const now = new Date();
    await appendEventOnce(client, id, { id: "design-ghost-0001", type: "design_set", payload: { design: broken.design, layout: {} } }, now);
    runs.mockClear();
    const error = await requestFeedback(client, { sessionId: id, userId, now, timeScale: 1 }, "ghost-0001").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(runs).not.toHaveBeenCalled();
    const said = async (locale: "en" | "ko") => ((await errorResponse(error, locale).json()) as ProblemBody).problems ?? [];
    const english = await said("en");
    const korean = await said("ko");
    expect(english).toContainEqual(expect.objectContaining({ path: `design.edges[${edge}].to`, message: 'unknown node "ghost"' }));
    expect(english).toContainEqual(expect.objectContaining({ path: `design.edges[${edge + 1}]`, message: 'edge from "client" to itself' }));
    expect(korean).toContainEqual(expect.objectContaining({ path: `design.edges[${edge}].to`, message: '없는 노드 "ghost"' }));
    expect(korean).toContainEqual(expect.objectContaining({ path: `design.edges[${edge + 1}]`, message: '"client"에서 자기 자신으로 가는 연결' }));
    expect(korean.map((p) => p.path)).toEqual(english.map((p) => p.path));
  });

  it("scores an ordinary submission once, in the submitting request, through the worker pool", async () => {
    const { id } = await startSession(client, userId, { slug: "url-shortener", mode: "PRACTICE" });
    runs.mockClear();
    const live = new LiveSession(client, await loadOwnedSession(client, id, userId), new Date(), 1);
    await live.submit("manual", "submit-plain-0001");
    const row = await client.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.score).toBeTypeOf("number");
    expect(SessionReportSchema.safeParse(row.report).success).toBe(true);
    expect(runs).toHaveBeenCalledTimes(2);
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
