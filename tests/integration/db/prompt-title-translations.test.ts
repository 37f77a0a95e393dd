import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { promptTitleTranslations } from "@/lib/catalog/prompt-title-translations";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { HistoryQuerySchema, historyPrompts, listHistory } from "@/lib/sessions/history";

// Stored English titles read in Korean: the translation comes from the prompt's versions, by
// slug and English title, newest first; anything without one stays English.

describe("promptTitleTranslations on a fresh PGlite", () => {
  let dataDir: string;
  let adapter: OpenedAdapter;
  let client: PrismaClient;
  let userId: string;
  const versionIds = new Map<string, string>();

  async function version(promptId: string, n: number, title: string, ko?: { title: string }) {
    const row = await client.promptVersion.create({
      data: { promptId, version: n, title, summary: "s", difficulty: "easy", topics: [], document: { title, ...(ko ? { ko } : {}) }, checksum: `${promptId}-${n}` },
    });
    versionIds.set(`${promptId}-${n}`, row.id);
    return row.id;
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-title-ko-"));
    adapter = openAdapter({ kind: "pglite", dataDir });
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    const shortener = (await client.prompt.create({ data: { slug: "url-shortener" } })).id;
    const feed = (await client.prompt.create({ data: { slug: "news-feed" } })).id;
    // v1 before the translation existed, v2 adds it (a new version), v3 renames the prompt.
    await version(shortener, 1, "Design a URL shortener");
    await version(shortener, 2, "Design a URL shortener", { title: "URL 단축기 설계" });
    await version(shortener, 3, "Design a link shortener", { title: "링크 단축기 설계" });
    // A blank translation counts as none.
    await version(feed, 1, "Design a news feed", { title: "  " });
    userId = (await client.user.create({ data: { email: "t@example.com", name: "T", passwordHash: "x" } })).id;
    await client.interviewSession.createMany({
      data: [
        { id: "s1", userId, promptVersionId: versionIds.get(`${shortener}-1`)!, mode: "PRACTICE", startedAt: new Date("2025-01-01T10:00:00Z") },
        { id: "s2", userId, promptVersionId: versionIds.get(`${feed}-1`)!, mode: "PRACTICE", startedAt: new Date("2025-01-02T10:00:00Z") },
      ],
    });
  });

  afterAll(async () => {
    await client?.$disconnect();
    await adapter?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives an older version's English title the newest translation of that same title", async () => {
    const titleIn = await promptTitleTranslations(client, [{ slug: "url-shortener", title: "Design a URL shortener" }, { slug: "url-shortener", title: "Design a link shortener" }], "ko");
    expect(titleIn("url-shortener", "Design a URL shortener")).toBe("URL 단축기 설계");
    expect(titleIn("url-shortener", "Design a link shortener")).toBe("링크 단축기 설계");
  });

  it("keeps the English where no version translates it, and for English readers", async () => {
    const titleIn = await promptTitleTranslations(client, [{ slug: "news-feed", title: "Design a news feed" }, { slug: "url-shortener", title: "Some other title" }], "ko");
    expect(titleIn("news-feed", "Design a news feed")).toBe("Design a news feed");
    expect(titleIn("url-shortener", "Some other title")).toBe("Some other title");
    // A title of another prompt is not borrowed across slugs.
    expect(titleIn("news-feed", "Design a URL shortener")).toBe("Design a URL shortener");
    const inEnglish = await promptTitleTranslations(client, [{ slug: "url-shortener", title: "Design a URL shortener" }], "en");
    expect(inEnglish("url-shortener", "Design a URL shortener")).toBe("Design a URL shortener");
  });

  it("titles History's rows and its prompt filter in the reader's language", async () => {
    const query = HistoryQuerySchema.parse({});
    const ko = await listHistory(client, { userId }, query, { locale: "ko" });
    expect(ko.items.map((i) => [i.id, i.promptTitle])).toEqual([
      ["s2", "Design a news feed"],
      ["s1", "URL 단축기 설계"],
    ]);
    const en = await listHistory(client, { userId }, query);
    expect(en.items.map((i) => i.promptTitle)).toEqual(["Design a news feed", "Design a URL shortener"]);
    expect(await historyPrompts(client, { userId }, "ko")).toEqual([
      { slug: "news-feed", title: "Design a news feed" },
      { slug: "url-shortener", title: "URL 단축기 설계" },
    ]);
  });
});
