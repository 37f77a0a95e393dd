import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bestScores } from "@/lib/catalog/best-scores";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";

describe("bestScores on a fresh PGlite", () => {
  let dataDir: string;
  let adapter: OpenedAdapter;
  let client: PrismaClient;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "designdrill-catalog-"));
    adapter = openAdapter({ kind: "pglite", dataDir });
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
  });

  afterAll(async () => {
    await client?.$disconnect();
    await adapter?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function promptWithVersions(slug: string, versions: number) {
    const prompt = await client.prompt.create({ data: { slug } });
    const ids: string[] = [];
    for (let version = 1; version <= versions; version += 1) {
      const row = await client.promptVersion.create({
        data: {
          promptId: prompt.id,
          version,
          title: `${slug} v${version}`,
          summary: "s",
          difficulty: "medium",
          topics: ["cache"],
          document: {},
          checksum: `${slug}-${version}`,
          published: true,
        },
      });
      ids.push(row.id);
    }
    return ids;
  }

  it("returns the best submitted score per prompt, across versions, and ignores other users and unsubmitted sessions", async () => {
    const me = await client.user.create({ data: { email: "me@example.com", name: "Me", passwordHash: "x" } });
    const other = await client.user.create({ data: { email: "other@example.com", name: "Other", passwordHash: "x" } });
    const [urlV1, urlV2] = await promptWithVersions("url-shortener", 2);
    const [feedV1] = await promptWithVersions("news-feed", 1);
    const [chatV1] = await promptWithVersions("chat", 1);

    type Row = { userId: string; versionId: string; status: "ACTIVE" | "SUBMITTED"; score: number | null };
    const rows: Row[] = [
      { userId: me.id, versionId: urlV1, status: "SUBMITTED", score: 41 },
      { userId: me.id, versionId: urlV2, status: "SUBMITTED", score: 67 },
      { userId: me.id, versionId: urlV2, status: "SUBMITTED", score: 52 },
      // An active session with a stray score must not count.
      { userId: me.id, versionId: urlV1, status: "ACTIVE", score: 99 },
      { userId: me.id, versionId: feedV1, status: "SUBMITTED", score: 30 },
      { userId: me.id, versionId: feedV1, status: "SUBMITTED", score: null },
      { userId: me.id, versionId: chatV1, status: "ACTIVE", score: null },
      // Someone else's better scores are theirs.
      { userId: other.id, versionId: urlV2, status: "SUBMITTED", score: 95 },
      { userId: other.id, versionId: feedV1, status: "SUBMITTED", score: 88 },
      { userId: other.id, versionId: chatV1, status: "SUBMITTED", score: 70 },
    ];
    for (const row of rows) {
      await client.interviewSession.create({
        data: { userId: row.userId, promptVersionId: row.versionId, mode: "PRACTICE", status: row.status, score: row.score },
      });
    }

    // The expectation is derived from the rows with the rule in plain code, not from the query.
    const expected = (userId: string) => {
      const slugOf = new Map([
        [urlV1, "url-shortener"],
        [urlV2, "url-shortener"],
        [feedV1, "news-feed"],
        [chatV1, "chat"],
      ]);
      const best = new Map<string, number>();
      for (const row of rows) {
        if (row.userId !== userId || row.status !== "SUBMITTED" || row.score === null) continue;
        const slug = slugOf.get(row.versionId)!;
        best.set(slug, Math.max(row.score, best.get(slug) ?? -1));
      }
      return best;
    };

    const mine = await bestScores(client, me.id);
    expect(mine).toEqual(expected(me.id));
    expect(Object.fromEntries(mine)).toEqual({ "url-shortener": 67, "news-feed": 30 });
    expect(mine.has("chat")).toBe(false);

    const theirs = await bestScores(client, other.id);
    expect(Object.fromEntries(theirs)).toEqual(Object.fromEntries(expected(other.id)));
  });

  it("is empty for a user with no submitted sessions", async () => {
    const fresh = await client.user.create({ data: { email: "fresh@example.com", name: "Fresh", passwordHash: "x" } });
    expect((await bestScores(client, fresh.id)).size).toBe(0);
  });
});
