import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPrompts } from "@/lib/catalog/list-prompts";
import { promptCardTranslations } from "@/lib/catalog/prompt-card-translations";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { localizePromptCard } from "@/lib/prompts/localize";

describe("promptCardTranslations on a fresh PGlite", () => {
  let dataDir: string;
  let adapter: OpenedAdapter;
  let client: PrismaClient;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-card-ko-"));
    adapter = openAdapter({ kind: "pglite", dataDir });
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
  });

  afterAll(async () => {
    await client?.$disconnect();
    await adapter?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function version(slug: string, document: Record<string, unknown>) {
    const prompt = await client.prompt.create({ data: { slug } });
    const title = `Design ${slug}`;
    return client.promptVersion.create({
      data: { promptId: prompt.id, version: 1, title, summary: `About ${slug}.`, difficulty: "easy", topics: ["cache"], document: { title, ...document }, checksum: slug, published: true },
    });
  }

  it("reads the Korean title and summary from the stored document, and the cards fall back per prompt", async () => {
    const translated = await version("url-shortener", { ko: { title: "URL 단축기 설계", summary: "긴 URL을 짧게." } });
    const half = await version("news-feed", { ko: { title: "뉴스 피드 설계" } });
    const none = await version("chat-system", {});

    const ko = await promptCardTranslations(client, [translated.id, half.id, none.id], "ko");
    expect(ko.get(translated.id)).toEqual({ title: "URL 단축기 설계", summary: "긴 URL을 짧게." });
    expect(ko.get(half.id)).toEqual({ title: "뉴스 피드 설계" });
    expect(ko.get(none.id)).toEqual({});

    const cards = (await listPrompts(client, { publishedOnly: true })).map((card) => localizePromptCard(card, ko.get(card.versionId), "ko"));
    expect(cards.map((c) => [c.slug, c.title, c.summary, c.fellBack])).toEqual([
      ["chat-system", "Design chat-system", "About chat-system.", true],
      ["news-feed", "뉴스 피드 설계", "About news-feed.", true],
      ["url-shortener", "URL 단축기 설계", "긴 URL을 짧게.", false],
    ]);
  });

  it("asks the database nothing for English or for no versions", async () => {
    expect(await promptCardTranslations(client, ["x"], "en")).toEqual(new Map());
    expect(await promptCardTranslations(client, [], "ko")).toEqual(new Map());
  });
});
