import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { storedDocument } from "@/lib/authoring/document";
import { exportPromptYaml, importPromptYaml } from "@/lib/authoring/yaml";
import { PromptDocumentSchema } from "@/lib/prompts/schema";
import { validPrompt } from "../../unit/prompts/fixture";
import { TestClient } from "./client";

// The author routes through the real app: who may call them, and the answers an editor relies on.

const slug = `http-prompt-${Date.now().toString(36)}`;
// A prompt whose reference meets its requirements (publishing checks it), under a new slug.
const shortener = importPromptYaml(fs.readFileSync(path.resolve("content/prompts/url-shortener.yaml"), "utf8"));
if (!shortener.ok) throw new Error("content/prompts/url-shortener.yaml is invalid");
const document = () => ({ ...(storedDocument(shortener.prompt) as unknown as { facts: Record<string, unknown>[] }), slug });

async function signedIn(email: string, password: string): Promise<TestClient> {
  const client = new TestClient();
  expect((await client.signIn(email, password)).ok).toBe(true);
  return client;
}

async function newCandidate(): Promise<TestClient> {
  const client = new TestClient();
  const email = `author-cand-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await client.request("/api/register", { method: "POST", json: { email, name: "Cand", password: "candidate-pass-1" } })).status).toBe(201);
  expect((await client.signIn(email, "candidate-pass-1")).ok).toBe(true);
  return client;
}

const post = (client: TestClient, path: string, json: unknown) => client.request(path, { method: "POST", json });

describe("author routes", () => {
  let instructor: TestClient;
  let candidate: TestClient;
  const anonymous = new TestClient();

  beforeAll(async () => {
    instructor = await signedIn("instructor@designdrill.dev", "teach-the-trade-offs");
    candidate = await newCandidate();
  });

  const calls: [string, string, unknown?][] = [
    ["GET", "/api/author/prompts"],
    ["POST", "/api/author/prompts", { document: {} }],
    ["GET", "/api/author/prompts/url-shortener"],
    ["POST", "/api/author/prompts/url-shortener/versions", { baseVersion: 1, document: {} }],
    ["GET", "/api/author/prompts/url-shortener/versions/1"],
    ["GET", "/api/author/prompts/url-shortener/diff?from=1&to=1"],
    ["POST", "/api/author/prompts/url-shortener/publish", { version: 1 }],
    ["POST", "/api/author/prompts/url-shortener/unpublish", {}],
    ["GET", "/api/author/prompts/url-shortener/export"],
    ["POST", "/api/author/prompts/url-shortener/preview", { version: 1 }],
    ["POST", "/api/author/import", { yaml: "slug: x" }],
    ["POST", "/api/author/which-fact", { question: "How many users?", facts: [] }],
  ];

  it.each(calls)("%s %s: 401 anonymous, 403 for a candidate", async (method, path, json) => {
    const init = method === "GET" ? {} : { method, json };
    expect((await anonymous.request(path, init)).status).toBe(401);
    expect((await candidate.request(path, init)).status).toBe(403);
  });

  it.each(["/author", "/author/new", "/author/url-shortener"])("page %s: a candidate gets 403 and no editor, an anonymous visitor is sent to sign in", async (page) => {
    const asCandidate = await candidate.request(page);
    expect(asCandidate.status).toBe(403);
    const html = await asCandidate.text();
    expect(html).toContain("Not available to your account");
    expect(html).not.toContain("Save draft");
    const asAnonymous = await anonymous.request(page);
    expect(asAnonymous.status).toBeGreaterThanOrEqual(300);
    expect(asAnonymous.status).toBeLessThan(400);
    expect(asAnonymous.headers.get("location")).toContain("/login");
    // The 403 page's text travels in every page's payload as its boundary's fallback, so the
    // instructor's page is told by its status and its own content.
    const asInstructor = await instructor.request(page);
    expect(asInstructor.status).toBe(200);
    expect(await asInstructor.text()).toContain(page === "/author" ? "New prompt" : "Save draft");
  });

  it("lets an instructor create, save, publish and unpublish; a candidate sees it in the catalogue only while published", async () => {
    const created = await post(instructor, "/api/author/prompts", { document: document() });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ slug, version: 1 });

    const start = () => post(candidate, "/api/sessions", { slug, mode: "PRACTICE" });
    expect((await start()).status).toBe(404);

    expect((await post(instructor, `/api/author/prompts/${slug}/publish`, { version: 1 })).status).toBe(200);
    expect((await start()).status).toBe(201);
    const list = (await (await instructor.request("/api/author/prompts")).json()) as { prompts: { slug: string; publishedVersion: number | null; sessions: number }[] };
    expect(list.prompts.find((p) => p.slug === slug)).toMatchObject({ publishedVersion: 1, sessions: 1 });

    expect((await post(instructor, `/api/author/prompts/${slug}/unpublish`, {})).status).toBe(200);
    expect((await start()).status).toBe(404);
  });

  it("refuses with 422 to publish a prompt whose reference design misses its requirements", async () => {
    const weak = `${slug}-weak`;
    expect((await post(instructor, "/api/author/prompts", { document: { ...validPrompt(), slug: weak } })).status).toBe(201);
    const response = await post(instructor, `/api/author/prompts/${weak}/publish`, { version: 1 });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: string; problems: { path: string }[] };
    expect(body.detail).toMatch(/does not meet the full requirements/);
    expect(body.problems.length).toBeGreaterThan(0);
  });

  it("answers a stale save with 409, both versions and the unsaved text", async () => {
    const first = await post(instructor, `/api/author/prompts/${slug}/versions`, { baseVersion: 1, document: { ...document(), title: "First editor" } });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ version: 2 });
    const second = await post(instructor, `/api/author/prompts/${slug}/versions`, { baseVersion: 1, document: { ...document(), title: "Second editor" } });
    expect(second.status).toBe(409);
    const body = (await second.json()) as { detail: string; conflict: { theirs: { version: number; document: { title: string } }; yours: { title: string }; clashes: string[] } };
    expect(body.conflict.theirs.version).toBe(2);
    expect(body.conflict.theirs.document.title).toBe("First editor");
    expect(body.conflict.yours.title).toBe("Second editor");
    expect(body.conflict.clashes).toEqual(["title"]);
    expect(body.detail).toMatch(/Version 2 was saved/);
  });

  it("refuses an invalid draft with 400 naming each field, and stores nothing", async () => {
    const broken = { ...document(), difficulty: "trivial", facts: [{ ...document().facts[0], sets: { dailyUsers: 1 } }] };
    const response = await post(instructor, `/api/author/prompts/${slug}/versions`, { baseVersion: 2, document: broken });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { path: string }[] };
    expect(body.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["difficulty", "facts[0].sets.dailyUsers"]));
    const detail = (await (await instructor.request(`/api/author/prompts/${slug}`)).json()) as { latest: { version: number } };
    expect(detail.latest.version).toBe(2);
  });

  it("exports a version as YAML and imports it back as a new version with no field changed", async () => {
    const exported = await instructor.request(`/api/author/prompts/${slug}/export?version=2`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain(`${slug}.v2.yaml`);
    const yaml = await exported.text();
    const imported = await post(instructor, "/api/author/import", { yaml });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toEqual({ slug, version: 3, created: false });
    const diff = (await (await instructor.request(`/api/author/prompts/${slug}/diff?from=2&to=3`)).json()) as { changes: unknown[] };
    expect(diff.changes).toEqual([]);
  });

  it("names every problem of an imported file by its field", async () => {
    const bad = exportPromptYaml(PromptDocumentSchema.parse(document()), false).replace(/^difficulty: \w+$/m, "difficulty: impossible");
    const response = await post(instructor, "/api/author/import", { yaml: `${bad}colour: red\n` });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { path: string; message: string }[] };
    expect(body.problems.map((p) => p.path).sort()).toEqual(["colour", "difficulty"]);
  });

  it("starts a preview session on a draft that History does not list", async () => {
    const response = await post(instructor, `/api/author/prompts/${slug}/preview`, { version: 3 });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const view = await instructor.request(`/api/sessions/${id}`);
    expect(view.status).toBe(200);
    const history = await instructor.request("/history");
    expect(await history.text()).not.toContain(id);
  });

  it("runs the interview's matcher on a typed question", async () => {
    const response = await post(instructor, "/api/author/which-fact", { question: "How many users do we have?", facts: (validPrompt() as { facts: unknown[] }).facts });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { facts: { id: string }[]; reply: string };
    expect(body.facts.map((f) => f.id)).toEqual(["dau"]);
    expect(body.reply).toContain("1 million.");
  });

  it("reads a question about the product the form's statement names as about ours, and says a statement too long", async () => {
    const facts = (validPrompt() as { facts: unknown[] }).facts;
    const response = await post(instructor, "/api/author/which-fact", { question: "How many users does Pinterest have?", facts, statement: "Design a pin board like Pinterest." });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { facts: { id: string }[]; reply: string };
    expect(body.facts.map((f) => f.id)).toEqual(["dau"]);
    expect(body.reply).toMatch(/^We're designing our own service like Pinterest, not Pinterest itself\. For ours: .*1 million\./);
    const tooLong = await post(instructor, "/api/author/which-fact", { question: "How many users?", facts, statement: "x".repeat(10_001) });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toContain("statement");
  });
});
