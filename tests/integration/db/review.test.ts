import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { createCohort, joinCohort, leaveCohort } from "@/lib/cohorts/cohorts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { loadAttempts } from "@/lib/progress/load";
import { progressFor } from "@/lib/progress/progress-for";
import { attemptSummary } from "@/lib/progress/summary";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { HistoryQuerySchema, deleteUnsubmittedSession, listHistory } from "@/lib/sessions/history";
import { loadReadableSession } from "@/lib/sessions/load-session";
import { submittedSession } from "../../unit/export/session-fixture";
import { targets } from "./targets";

// History, Progress and cohort access on each database (the raw JSON query must agree on both).

describe.each(targets)("review and coaching on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;
  let owner: string;
  let coach: string;
  const ids: string[] = [];

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    const { prompts } = await loadPromptFiles(path.resolve("content/prompts"));
    await syncPrompts(client, prompts);
    const version = await client.promptVersion.findFirstOrThrow({ where: { prompt: { slug: "url-shortener" } }, select: { id: true } });
    owner = (await client.user.create({ data: { email: "owner@example.com", name: "Owner", passwordHash: "x" } })).id;
    coach = (await client.user.create({ data: { email: "coach@example.com", name: "Coach", passwordHash: "x", role: "INSTRUCTOR" } })).id;
    const { report } = await submittedSession();
    const rows: Prisma.InterviewSessionCreateManyInput[] = [
      // Two submitted (one stored before summaries existed), one in progress, one preview.
      { id: "s-new", userId: owner, promptVersionId: version.id, mode: "PRACTICE", status: "SUBMITTED", startedAt: new Date("2025-01-02T10:00:00Z"), submittedAt: new Date("2025-01-02T10:40:00Z"), score: 70, report: report as never, summary: attemptSummary(report) as never },
      { id: "s-old", userId: owner, promptVersionId: version.id, mode: "STRICT", status: "SUBMITTED", startedAt: new Date("2025-01-01T10:00:00Z"), submittedAt: new Date("2025-01-01T10:30:00Z"), score: 40, report: report as never },
      { id: "s-active", userId: owner, promptVersionId: version.id, mode: "PRACTICE", startedAt: new Date("2025-01-03T10:00:00Z") },
      { id: "s-preview", userId: owner, promptVersionId: version.id, mode: "PRACTICE", startedAt: new Date("2025-01-04T10:00:00Z"), preview: true },
    ];
    await client.interviewSession.createMany({ data: rows });
    ids.push(...rows.map((r) => r.id!));
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  it("lists History with filters and sorts, leaving previews out", async () => {
    const all = await listHistory(client, { userId: owner }, HistoryQuerySchema.parse({}));
    expect(all.items.map((i) => i.id)).toEqual(["s-active", "s-new", "s-old"]);
    expect(all.items[1]).toMatchObject({ band: "lean hire", durationSeconds: 2400 });
    const byScore = await listHistory(client, { userId: owner }, HistoryQuerySchema.parse({ sort: "score", order: "asc", status: "submitted" }));
    expect(byScore.items.map((i) => i.id)).toEqual(["s-old", "s-new"]);
    const day = await listHistory(client, { userId: owner }, HistoryQuerySchema.parse({ from: "2025-01-02", to: "2025-01-02" }));
    expect(day.items.map((i) => i.id)).toEqual(["s-new"]);
  });

  it("reads attempts from the stored summary and, for older sessions, from the report alike", async () => {
    const attempts = await loadAttempts(client, [owner]);
    expect(attempts.map((a) => a.id)).toEqual(["s-old", "s-new"]);
    expect(attempts[0].criteria).toEqual(attempts[1].criteria);
    expect(attempts[0].findings).toEqual(attempts[1].findings);
    const progress = await progressFor(client, owner);
    expect(progress.attempts.map((a) => a.score)).toEqual([40, 70]);
    expect(progress.next?.prompt).not.toBeNull();
    // In Korean, the attempts, the per-prompt series and "practise next" carry the prompts' Korean titles.
    const ko = await progressFor(client, owner, "ko");
    expect(progress.attempts[0].promptTitle).toBe("Design a URL shortener");
    expect(ko.attempts.map((a) => a.promptTitle)).toEqual(["URL 단축기 설계", "URL 단축기 설계"]);
    expect(ko.perPrompt.map((s) => s.title)).toEqual(["URL 단축기 설계"]);
    expect(ko.next?.prompt?.title).toMatch(/[\uac00-\ud7a3]/);
  });

  it("lets a cohort's instructor read a member's session only while they are a member", async () => {
    await expect(loadReadableSession(client, "s-new", coach)).rejects.toMatchObject({ code: "not_found" });
    const cohort = await createCohort(client, coach, "Test cohort");
    await joinCohort(client, owner, cohort.inviteToken);
    expect((await loadReadableSession(client, "s-new", coach)).viewer).toBe("coach");
    expect((await loadReadableSession(client, "s-new", owner)).viewer).toBe("owner");
    await leaveCohort(client, owner, cohort.id);
    await expect(loadReadableSession(client, "s-new", coach)).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes only an unsubmitted session of one's own", async () => {
    await expect(deleteUnsubmittedSession(client, owner, "s-new")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteUnsubmittedSession(client, coach, "s-active")).rejects.toMatchObject({ code: "not_found" });
    await deleteUnsubmittedSession(client, owner, "s-active");
    expect(await client.interviewSession.count({ where: { id: "s-active" } })).toBe(0);
  });
});
