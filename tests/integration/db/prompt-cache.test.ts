import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncPrompts } from "@/lib/catalog/sync-prompts";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { promptVersionDocument } from "@/lib/sessions/prompt-cache";
import { targets } from "./targets";

describe("the prompt-version cache", () => {
  let adapter: OpenedAdapter;
  let drop: () => Promise<void>;
  let client: PrismaClient;

  beforeAll(async () => {
    const created = await targets[0].create();
    drop = created.drop;
    adapter = openAdapter(created.target);
    await applyPendingMigrations(adapter.factory);
    client = new PrismaClient({ adapter: adapter.factory });
    await syncPrompts(client, (await loadPromptFiles(path.resolve("content/prompts"))).prompts);
  });

  afterAll(async () => {
    await client.$disconnect();
    await adapter.close();
    await drop();
  });

  it("loads a version once, then serves the same frozen document without asking the database", async () => {
    const version = await client.promptVersion.findFirstOrThrow({ where: { prompt: { slug: "scale-to-millions" } }, select: { id: true } });
    const first = await promptVersionDocument(client, version.id);
    expect(first.slug).toBe("scale-to-millions");
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.facts)).toBe(true);
    expect(() => {
      (first as { title: string }).title = "changed";
    }).toThrow(TypeError);
    // Versions never change, so the cache never asks again: even a (forbidden) edit of the row is not seen.
    await client.promptVersion.update({ where: { id: version.id }, data: { document: {} } });
    expect(await promptVersionDocument(client, version.id)).toBe(first);
  });

  it("does not remember a failed load", async () => {
    await expect(promptVersionDocument(client, "no-such-version-id")).rejects.toThrow(/no longer exists/);
    await expect(promptVersionDocument(client, "no-such-version-id")).rejects.toThrow(/no longer exists/);
  });
});
