import crypto from "node:crypto";
import { canonicalJson, contentChecksum, storedDocument } from "@/lib/authoring/document";
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PromptDocument } from "@/lib/prompts/schema";
import { planSync } from "./sync-plan.ts";

export type SyncResult = { created: string[]; updated: string[]; unchanged: string[]; notes: string[] };

/** The checksum older seeds stored (over the whole file, `published` included). */
export function promptChecksum(prompt: PromptDocument): string {
  return crypto.createHash("sha256").update(canonicalJson(prompt)).digest("hex");
}

/**
 * Loads validated prompt files into the database as versions. A file whose content changed
 * becomes a new version (sessions keep the version they started with); an unchanged file adds
 * nothing, so running the seed twice is harmless. When the newest version was edited in the
 * app, the file's version is stored as a draft and `notes` says so (./sync-plan.ts).
 */
export async function syncPrompts(client: PrismaClient, prompts: PromptDocument[]): Promise<SyncResult> {
  const result: SyncResult = { created: [], updated: [], unchanged: [], notes: [] };
  for (const prompt of prompts) {
    const stored = storedDocument(prompt);
    const checksum = contentChecksum(stored);
    await client.$transaction(async (tx) => {
      const existing = await tx.prompt.findUnique({
        where: { slug: prompt.slug },
        select: { id: true, versions: { select: { version: true, checksum: true, authorId: true } } },
      });
      const plan = planSync(
        prompt.slug,
        [checksum, promptChecksum(prompt)],
        prompt.published ?? true,
        (existing?.versions ?? []).map((v) => ({ version: v.version, checksum: v.checksum, editedInApp: v.authorId !== null })),
      );
      if (plan.action === "unchanged") {
        result.unchanged.push(prompt.slug);
        return;
      }
      const promptRow = existing ?? (await tx.prompt.create({ data: { slug: prompt.slug }, select: { id: true } }));
      // One published version per prompt: the one new sessions start with.
      if (plan.publish) await tx.promptVersion.updateMany({ where: { promptId: promptRow.id }, data: { published: false } });
      await tx.promptVersion.create({
        data: {
          promptId: promptRow.id,
          version: plan.version,
          title: prompt.title,
          summary: prompt.summary,
          difficulty: prompt.difficulty,
          topics: prompt.topics,
          document: stored as unknown as Prisma.InputJsonValue,
          checksum,
          published: plan.publish,
        },
      });
      if (plan.note) result.notes.push(plan.note);
      (existing ? result.updated : result.created).push(prompt.slug);
    });
  }
  return result;
}
