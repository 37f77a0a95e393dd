import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorPromptList } from "@/lib/authoring/list";
import { storedDocument } from "@/lib/authoring/document";
import { startPreviewSession } from "@/lib/authoring/preview";
import { createPrompt, importPrompt, loadVersion, publishVersion, saveDraft, unpublishPrompt, versionHistory } from "@/lib/authoring/versions";
import { exportPromptYaml, importPromptYaml } from "@/lib/authoring/yaml";
import { bestScores } from "@/lib/catalog/best-scores";
import { listPrompts } from "@/lib/catalog/list-prompts";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { loadAttempts } from "@/lib/progress/load";
import { loadOwnedSession } from "@/lib/sessions/load-session";
import { startSession } from "@/lib/sessions/start-session";
import { LiveSession } from "@/lib/sessions/sync-session";
import { closeSimulationPool } from "@/lib/simulation/pool";
import { validPrompt } from "../../unit/prompts/fixture";
import { targets } from "./targets";

afterAll(async () => {
  await closeSimulationPool();
});

// A prompt whose reference design meets its requirements (publishing checks), under a new slug.
const shortener = (await loadPromptFiles(path.resolve("content/prompts"))).prompts.find((p) => p.slug === "url-shortener")!;
const doc = (changes: Record<string, unknown> = {}): PromptDocument =>
  PromptDocumentSchema.parse({ ...storedDocument(shortener), slug: "tiny-service", title: "Design a tiny service", ...changes });

describe.each(targets)("authoring prompts on $name", ({ create }) => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;
  let authorId: string;
  let candidateId: string;
  let files: PromptDocument[];

  beforeAll(async () => {
    const created = await create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    const loaded = await loadPromptFiles(path.resolve("content/prompts"));
    expect(loaded.problems).toEqual([]);
    files = loaded.prompts;
    await syncPrompts(client, files);
    authorId = (await client.user.create({ data: { email: "author@example.com", name: "Ada Author", passwordHash: "x", role: "INSTRUCTOR" } })).id;
    candidateId = (await client.user.create({ data: { email: "cand@example.com", name: "Cand", passwordHash: "x" } })).id;
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  it("creates a prompt as a draft that stays out of the catalogue until published", async () => {
    expect(await createPrompt(client, authorId, doc())).toEqual({ slug: "tiny-service", version: 1 });
    expect((await listPrompts(client, { publishedOnly: true })).map((p) => p.slug)).not.toContain("tiny-service");
    await expect(startSession(client, candidateId, { slug: "tiny-service", mode: "PRACTICE" })).rejects.toMatchObject({ status: 404 });
    await expect(createPrompt(client, authorId, doc())).rejects.toMatchObject({ status: 409 });

    await publishVersion(client, "tiny-service", 1);
    expect((await listPrompts(client, { publishedOnly: true })).map((p) => p.slug)).toContain("tiny-service");
  });

  it("refuses to publish a version whose reference design does not meet the full requirements", async () => {
    await createPrompt(client, authorId, PromptDocumentSchema.parse({ ...validPrompt(), slug: "weak-reference" }));
    const refused = await publishVersion(client, "weak-reference", 1).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 422 });
    expect((refused as { problems: { path: string }[] }).problems.map((p) => p.path)).toContain("referenceDesign.requirements.userRegions");
    expect((await loadVersion(client, "weak-reference")).published).toBe(false);
  });

  it("saves drafts on top of the newest version and refuses a save based on an older one, keeping its text", async () => {
    const first = await saveDraft(client, authorId, "tiny-service", 1, doc({ title: "Tiny service, take two" }));
    expect(first).toEqual({ ok: true, version: 2 });
    const late = await saveDraft(client, authorId, "tiny-service", 1, doc({ title: "My own title" }));
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.theirs).toMatchObject({ version: 2, title: "Tiny service, take two", author: "Ada Author" });
    expect(late.yours.title).toBe("My own title");
    expect(late.clashes).toEqual(["title"]);
    expect((await loadVersion(client, "tiny-service")).version).toBe(2);
  });

  it("lets exactly one of two simultaneous saves on the same base win", async () => {
    const results = await Promise.all([
      saveDraft(client, authorId, "tiny-service", 2, doc({ summary: "Save A." })),
      saveDraft(client, authorId, "tiny-service", 2, doc({ summary: "Save B." })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
    expect(await client.promptVersion.count({ where: { prompt: { slug: "tiny-service" } } })).toBe(3);
  });

  it("keeps the published version for new sessions while drafts pile up, and publishes exactly one", async () => {
    const started = await startSession(client, candidateId, { slug: "tiny-service", mode: "PRACTICE" });
    const row = await client.interviewSession.findUniqueOrThrow({ where: { id: started.id }, select: { promptVersion: { select: { version: true } } } });
    expect(row.promptVersion.version).toBe(1);
    await publishVersion(client, "tiny-service", 3);
    const published = await client.promptVersion.findMany({ where: { prompt: { slug: "tiny-service" }, published: true }, select: { version: true } });
    expect(published).toEqual([{ version: 3 }]);
    await expect(publishVersion(client, "tiny-service", 99)).rejects.toMatchObject({ status: 404 });
  });

  it("shows the history newest first with what changed field by field", async () => {
    const history = await versionHistory(client, "tiny-service");
    expect(history.map((h) => h.version)).toEqual([3, 2, 1]);
    expect(history[2].changes).toEqual([]);
    expect(history[1].changes).toEqual([{ path: "title", kind: "changed", before: "Design a tiny service", after: "Tiny service, take two" }]);
    expect(history[0].published).toBe(true);
  });

  it("never changes a past session, its report or its prompt when the prompt is edited, republished or unpublished", async () => {
    const { id } = await startSession(client, candidateId, { slug: "url-shortener", mode: "PRACTICE" });
    const live = new LiveSession(client, await loadOwnedSession(client, id, candidateId), new Date(), 1);
    await live.submit("manual", "submit-author-0001");
    const before = await loadOwnedSession(client, id, candidateId);
    expect(before.status).toBe("SUBMITTED");

    const latest = await loadVersion(client, "url-shortener");
    const edited = { ...latest.document, title: "A different shortener", facts: latest.document.facts.map((f, i) => (i === 0 ? { ...f, answer: "Something else entirely." } : f)) };
    const saved = await saveDraft(client, authorId, "url-shortener", latest.version, edited);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    await publishVersion(client, "url-shortener", saved.version);
    const after = await loadOwnedSession(client, id, candidateId);
    await unpublishPrompt(client, "url-shortener");
    const afterUnpublish = await loadOwnedSession(client, id, candidateId);

    for (const now of [after, afterUnpublish]) {
      expect(now.report).toEqual(before.report);
      expect(now.score).toBe(before.score);
      expect(now.promptVersion).toBe(before.promptVersion);
      expect(now.prompt).toEqual(before.prompt);
      expect(now.events).toEqual(before.events);
    }
    expect((await listPrompts(client, { publishedOnly: true })).map((p) => p.slug)).not.toContain("url-shortener");
    await publishVersion(client, "url-shortener", saved.version);
  });

  it("round-trips a prompt through its YAML file: importing the export changes no field", async () => {
    const latest = await loadVersion(client, "news-feed");
    const parsed = importPromptYaml(exportPromptYaml(latest.document, latest.published));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const imported = await importPrompt(client, authorId, parsed.prompt);
    expect(imported).toMatchObject({ slug: "news-feed", version: latest.version + 1, created: false });
    const history = await versionHistory(client, "news-feed");
    expect(history[0].changes).toEqual([]);
    expect((await loadVersion(client, "news-feed")).document).toEqual(latest.document);
  });

  it("imports a file with a new slug as a new draft prompt", async () => {
    const parsed = importPromptYaml(exportPromptYaml(doc({ slug: "imported-one", title: "Imported" }), true));
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(await importPrompt(client, authorId, parsed.prompt)).toEqual({ slug: "imported-one", version: 1, created: true });
    expect((await loadVersion(client, "imported-one")).published).toBe(false);
  });

  it("keeps preview sessions out of the counts, best scores and progress", async () => {
    const { id } = await startPreviewSession(client, candidateId, "tiny-service", 2);
    const live = new LiveSession(client, await loadOwnedSession(client, id, candidateId), new Date(), 1);
    await live.submit("manual", "submit-preview-01");
    const row = await client.interviewSession.findUniqueOrThrow({ where: { id }, select: { preview: true, status: true, promptVersion: { select: { version: true } } } });
    expect(row).toEqual({ preview: true, status: "SUBMITTED", promptVersion: { version: 2 } });
    const list = await authorPromptList(client);
    const tiny = list.find((p) => p.slug === "tiny-service");
    expect(tiny).toMatchObject({ latestVersion: 3, versionCount: 3, publishedVersion: 3, sessions: 1, averageScore: null });
    expect((await bestScores(client, candidateId)).has("tiny-service")).toBe(false);
    const attempts = await loadAttempts(client, [candidateId]);
    expect(JSON.stringify(attempts)).not.toContain(id);
  });

  it("seeds a changed file as a draft, with a note, when the prompt was edited in the app", async () => {
    const newsFeed = files.find((f) => f.slug === "news-feed")!;
    // Unchanged files add nothing, even with app-made versions on top.
    const again = await syncPrompts(client, files);
    expect(again.notes).toEqual([]);
    expect(again.unchanged).toContain("news-feed");
    const publishedBefore = await client.promptVersion.findFirst({ where: { prompt: { slug: "news-feed" }, published: true }, select: { version: true } });

    const changed = await syncPrompts(client, [{ ...newsFeed, summary: "A summary changed in the file." }]);
    expect(changed.updated).toEqual(["news-feed"]);
    expect(changed.notes).toHaveLength(1);
    expect(changed.notes[0]).toMatch(/news-feed.*edited in the app/);
    const newest = await loadVersion(client, "news-feed");
    expect(newest).toMatchObject({ published: false, author: null });
    expect(newest.document.summary).toBe("A summary changed in the file.");
    const publishedAfter = await client.promptVersion.findFirst({ where: { prompt: { slug: "news-feed" }, published: true }, select: { version: true } });
    expect(publishedAfter).toEqual(publishedBefore);
  });
});
