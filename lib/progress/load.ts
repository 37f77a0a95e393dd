import { z } from "zod";
import { promptTitleTranslations } from "@/lib/catalog/prompt-title-translations";
import type { PrismaClient } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Attempt, CataloguePrompt } from "./aggregate";
import { AttemptSummarySchema } from "./summary";

// Reads what Progress needs of each attempt: the summary stored beside the report at
// submission (lib/progress/summary.ts). Sessions submitted before summaries existed fall back
// to the same fields taken from the report's JSON paths, which is several times slower.

const RowSchema = z.object({
  id: z.string(),
  userId: z.string(),
  submittedAt: z.coerce.date(),
  score: z.number(),
  slug: z.string(),
  title: z.string(),
  summary: z.preprocess((v) => (typeof v === "string" ? JSON.parse(v) : v), AttemptSummarySchema),
});

export type OwnedAttempt = Attempt & { userId: string };

/**
 * Submitted, non-preview attempts of these users, oldest first, with prompt titles in `locale`
 * where the prompt has them; reports of an unknown shape are skipped.
 */
export async function loadAttempts(client: PrismaClient, userIds: readonly string[], locale: Locale = defaultLocale): Promise<OwnedAttempt[]> {
  if (userIds.length === 0) return [];
  const rows = await client.$queryRaw<unknown[]>`
    SELECT s."id", s."userId", s."submittedAt", s."score", p."slug", v."title",
           COALESCE(s."summary", jsonb_build_object(
             'criteria', s."report"->'clarified'->'score'->'criteria',
             'findings', s."report"->'clarified'->'findings',
             'unmet', s."report"->'clarified'->'unmetRequirements',
             'phaseSeconds', s."report"->'phaseSeconds',
             'bands', s."report"->'bands')) AS "summary"
    FROM "InterviewSession" s
    JOIN "PromptVersion" v ON v."id" = s."promptVersionId"
    JOIN "Prompt" p ON p."id" = v."promptId"
    WHERE s."userId" IN (${Prisma.join(userIds)}) AND s."status" = 'SUBMITTED' AND s."preview" = false
      AND s."report" IS NOT NULL AND s."score" IS NOT NULL
    ORDER BY s."submittedAt" ASC, s."id" ASC`;
  const attempts = rows.flatMap((row) => {
    const parsed = RowSchema.safeParse(row);
    if (!parsed.success) return [];
    const r = parsed.data;
    return [{ id: r.id, userId: r.userId, submittedAt: r.submittedAt, score: r.score, promptSlug: r.slug, promptTitle: r.title, ...r.summary }];
  });
  // One lookup for all attempts (it asks about each distinct prompt once).
  const titleIn = await promptTitleTranslations(client, attempts.map((a) => ({ slug: a.promptSlug, title: a.promptTitle })), locale);
  return attempts.map((a) => ({ ...a, promptTitle: titleIn(a.promptSlug, a.promptTitle) }));
}

/** Published prompts with their topics, newest version of each, for "practise next", titled in `locale`. */
export async function loadCatalogue(client: PrismaClient, locale: Locale = defaultLocale): Promise<CataloguePrompt[]> {
  const versions = await client.promptVersion.findMany({
    where: { published: true },
    orderBy: { version: "desc" },
    select: { title: true, topics: true, prompt: { select: { slug: true } } },
  });
  const seen = new Map<string, CataloguePrompt>();
  for (const v of versions) if (!seen.has(v.prompt.slug)) seen.set(v.prompt.slug, { slug: v.prompt.slug, title: v.title, topics: v.topics });
  const titleIn = await promptTitleTranslations(client, [...seen.values()], locale);
  return [...seen.values()].map((p) => ({ ...p, title: titleIn(p.slug, p.title) }));
}
