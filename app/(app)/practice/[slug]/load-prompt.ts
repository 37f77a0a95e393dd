import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The newest published version's document, or null for an unknown, unpublished or malformed
 * slug. Cached per request, so the page and its metadata share one query.
 */
export const loadPublishedPrompt = cache(async (slug: string): Promise<PromptDocument | null> => {
  if (!SLUG.test(slug) || slug.length > 80) return null;
  const version = await db().promptVersion.findFirst({
    where: { published: true, prompt: { slug } },
    orderBy: { version: "desc" },
    select: { document: true },
  });
  if (!version) return null;
  // Documents are validated before they are stored, so a failure here is a bug worth a 500.
  return PromptDocumentSchema.parse(version.document);
});
