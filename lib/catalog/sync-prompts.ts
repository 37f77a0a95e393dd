import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PromptDocument } from "@/lib/prompts/schema";

export type SyncResult = { created: string[]; updated: string[]; unchanged: string[] };

/** A stable JSON form (sorted keys) so the checksum changes only when the content does. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function promptChecksum(prompt: PromptDocument): string {
  return crypto.createHash("sha256").update(canonical(prompt)).digest("hex");
}

/**
 * Loads validated prompt files into the database as versions. A file whose content changed
 * becomes a new version (sessions keep the version they started with); an unchanged file adds
 * nothing, so running the seed twice is harmless.
 */
export async function syncPrompts(client: PrismaClient, prompts: PromptDocument[]): Promise<SyncResult> {
  const result: SyncResult = { created: [], updated: [], unchanged: [] };
  for (const prompt of prompts) {
    const checksum = promptChecksum(prompt);
    await client.$transaction(async (tx) => {
      const existing = await tx.prompt.findUnique({
        where: { slug: prompt.slug },
        select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, checksum: true } } },
      });
      const latest = existing?.versions[0];
      if (latest?.checksum === checksum) {
        result.unchanged.push(prompt.slug);
        return;
      }
      const promptRow = existing ?? (await tx.prompt.create({ data: { slug: prompt.slug }, select: { id: true } }));
      await tx.promptVersion.create({
        data: {
          promptId: promptRow.id,
          version: (latest?.version ?? 0) + 1,
          title: prompt.title,
          summary: prompt.summary,
          difficulty: prompt.difficulty,
          topics: prompt.topics,
          document: prompt as unknown as Prisma.InputJsonValue,
          checksum,
          published: prompt.published ?? true,
        },
      });
      (existing ? result.updated : result.created).push(prompt.slug);
    });
  }
  return result;
}
