/**
 * Replay and review benchmark: `npm run bench:replay [-- runs]`. Prints (never asserts):
 *  1. the time to fold a 5 000-event session to its end and to its middle (replay's slider);
 *  2. the server time of History (a page of 20 and the prompt filter's list) and of Progress
 *     (attempts read from the reports' JSON paths, then aggregated) for a candidate with 500
 *     submitted sessions, on the embedded database (PGlite, in memory), in English and in Korean
 *     (prompt titles in the reader's language).
 * Targets on a 2-core machine: fold under 100 ms, History under 300 ms, Progress under 500 ms.
 */
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { syncPrompts } from "../../lib/catalog/sync-prompts";
import { applyPendingMigrations } from "../../lib/db/migrations";
import { PrismaClient, type Prisma } from "../../lib/generated/prisma/client";
import type { InterviewEvent } from "../../lib/interview/events";
import { foldEvents } from "../../lib/interview/fold";
import { progressFor } from "../../lib/progress/progress-for";
import { attemptSummary } from "../../lib/progress/summary";
import { loadPromptFiles } from "../../lib/prompts/load-content";
import { HistoryQuerySchema, historyPrompts, listHistory } from "../../lib/sessions/history";
import { submittedSession } from "../unit/export/session-fixture";

const RUNS = Number(process.argv[2] ?? 15);
const START = Date.parse("2025-03-01T10:00:00.000Z");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(label: string, target: number, runs: number, work: () => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  print(label, target, samples);
}

async function timeAsync(label: string, target: number, runs: number, work: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  await work(); // warm-up: Prisma's first query compiles its plan
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  print(label, target, samples);
}

function print(label: string, target: number, samples: number[]): void {
  const m = median(samples);
  const p95 = [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))];
  console.log(`${label.padEnd(46)} median ${m.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   target < ${target} ms   ${m < target ? "ok" : "OVER"}`);
}

/** A long session: questions, answers, requirement edits, notes and a board that grows and changes. */
function longSession(count: number): InterviewEvent[] {
  const events: InterviewEvent[] = [];
  const nodes: { id: string; kind: "web_server" | "cache" | "sql_database" | "client" | "load_balancer" }[] = [{ id: "users", kind: "client" }, { id: "lb", kind: "load_balancer" }];
  const layout: Record<string, { x: number; y: number }> = { users: { x: 0, y: 0 }, lb: { x: 250, y: 0 } };
  const at = (i: number) => new Date(START + i * 500).toISOString();
  for (let i = 0; events.length < count; i++) {
    const k = i % 5;
    if (k === 0) events.push({ id: `q-${i}`, type: "question_asked", payload: { text: `Question ${i}: how many users and how much traffic at peak?` }, at: at(i) } as InterviewEvent);
    else if (k === 1) events.push({ id: `r-${i}`, type: "interviewer_replied", payload: { questionId: `q-${i - 1}`, factIds: [], text: "That's your call — state an assumption." }, at: at(i) } as InterviewEvent);
    else if (k === 2) events.push({ id: `req-${i}`, type: "requirement_set", payload: { field: "dailyActiveUsers", value: 1000 + i, source: "assumption" }, at: at(i) } as InterviewEvent);
    else if (k === 3) {
      if (nodes.length < 60) {
        const id = `web-${i}`;
        nodes.push({ id, kind: i % 3 === 0 ? "cache" : "web_server" });
        layout[id] = { x: 500 + (i % 7) * 200, y: (i % 11) * 100 };
      }
      const edges = nodes.slice(2).map((n) => ({ from: "lb", to: n.id }));
      events.push({ id: `d-${i}`, type: "design_set", payload: { design: { nodes: [...nodes], edges: [{ from: "users", to: "lb" }, ...edges] }, layout: { ...layout } }, at: at(i) } as InterviewEvent);
    } else events.push({ id: `n-${i}`, type: "note_set", payload: { phase: 1, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Note ${i}` }] }] }, text: `Note ${i}` }, at: at(i) } as InterviewEvent);
  }
  return events;
}

async function seedCandidate(client: PrismaClient, sessions: number): Promise<string> {
  const { prompts, problems } = await loadPromptFiles(path.resolve("content/prompts"));
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  await syncPrompts(client, prompts);
  const versions = await client.promptVersion.findMany({ select: { id: true } });
  const user = await client.user.create({ data: { email: "bench@example.com", name: "Bench", passwordHash: "x" } });
  const { report } = await submittedSession();
  const rows: Prisma.InterviewSessionCreateManyInput[] = Array.from({ length: sessions }, (_, i) => {
    const score = 20 + ((i * 37) % 80);
    const startedAt = new Date(START + i * 86_400_000);
    return {
      userId: user.id,
      promptVersionId: versions[i % versions.length].id,
      mode: i % 2 === 0 ? "PRACTICE" : "STRICT",
      status: "SUBMITTED",
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 40 * 60_000),
      score,
      report: { ...report, clarified: { ...report.clarified, score: { ...report.clarified.score, total: score } } } as unknown as Prisma.InputJsonValue,
      summary: attemptSummary(report) as unknown as Prisma.InputJsonValue,
    };
  });
  for (let i = 0; i < rows.length; i += 50) await client.interviewSession.createMany({ data: rows.slice(i, i + 50) });
  return user.id;
}

async function main() {
  console.log(`Replay and review benchmark (${RUNS} runs each; Node ${process.version})\n`);
  const events = longSession(5000);
  const middle = new Date(Date.parse(events[2500].at));
  time("fold 5 000 events to the end", 100, RUNS, () => foldEvents(events));
  time("fold 5 000 events to the middle", 100, RUNS, () => foldEvents(events, { until: middle }));

  const pglite = new PGlite();
  const adapter = new PrismaPGlite(pglite);
  await applyPendingMigrations(adapter);
  const client = new PrismaClient({ adapter });
  const t0 = performance.now();
  const userId = await seedCandidate(client, 500);
  const reportBytes = (await client.$queryRaw<{ n: number }[]>`SELECT avg(pg_column_size("report"))::float AS n FROM "InterviewSession"`)[0].n;
  console.log(`\nseeded 500 submitted sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s (stored report ≈ ${(reportBytes / 1024).toFixed(0)} KiB each)`);
  const own = { userId };
  const query = HistoryQuerySchema.parse({});
  await timeAsync("History: page 1 of 500 sessions + prompt list", 300, RUNS, () => Promise.all([listHistory(client, own, query), historyPrompts(client, own)]));
  await timeAsync("History: filtered by prompt, sorted by score", 300, RUNS, () => listHistory(client, own, HistoryQuerySchema.parse({ prompt: "url-shortener", sort: "score" })));
  await timeAsync("Progress: 500 attempts loaded and aggregated", 500, RUNS, () => progressFor(client, userId));
  // In Korean the prompt titles are looked up once per list (lib/catalog/prompt-title-translations.ts).
  await timeAsync("History in Korean: page 1 + prompt list", 300, RUNS, () => Promise.all([listHistory(client, own, query, { locale: "ko" }), historyPrompts(client, own, "ko")]));
  await timeAsync("Progress in Korean: 500 attempts", 500, RUNS, () => progressFor(client, userId, "ko"));
  await client.$disconnect();
  await pglite.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
