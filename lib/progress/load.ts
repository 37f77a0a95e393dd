import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Attempt, CataloguePrompt } from "./aggregate";

// Reads only the parts of stored reports that Progress needs. A stored report is large
// (two simulator reports with scenario timelines), so the database extracts the few JSON paths
// instead of shipping whole reports: this keeps Progress fast for hundreds of sessions.

const json = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (typeof v === "string" ? JSON.parse(v) : v), schema);

const RowSchema = z.object({
  id: z.string(),
  userId: z.string(),
  submittedAt: z.coerce.date(),
  score: z.number(),
  slug: z.string(),
  title: z.string(),
  criteria: json(z.array(z.object({ group: z.enum(["problemNavigation", "solutionDesign", "technicalExcellence", "communication"]), points: z.number(), max: z.number(), concept: z.string() }))),
  findings: json(z.array(z.object({ id: z.string(), severity: z.enum(["critical", "warning", "info"]), concept: z.string(), message: z.string() }))),
  unmet: json(z.array(z.object({ requirement: z.string() }))),
  phaseSeconds: json(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  bands: json(z.array(z.tuple([z.number(), z.number()])).length(4)),
});

export type OwnedAttempt = Attempt & { userId: string };

/** Submitted, non-preview attempts of these users, oldest first; reports of an unknown shape are skipped. */
export async function loadAttempts(client: PrismaClient, userIds: readonly string[]): Promise<OwnedAttempt[]> {
  if (userIds.length === 0) return [];
  const rows = await client.$queryRaw<unknown[]>`
    SELECT s."id", s."userId", s."submittedAt", s."score", p."slug", v."title",
           s."report"->'clarified'->'score'->'criteria' AS "criteria",
           s."report"->'clarified'->'findings' AS "findings",
           s."report"->'clarified'->'unmetRequirements' AS "unmet",
           s."report"->'phaseSeconds' AS "phaseSeconds",
           s."report"->'bands' AS "bands"
    FROM "InterviewSession" s
    JOIN "PromptVersion" v ON v."id" = s."promptVersionId"
    JOIN "Prompt" p ON p."id" = v."promptId"
    WHERE s."userId" IN (${Prisma.join(userIds)}) AND s."status" = 'SUBMITTED' AND s."preview" = false
      AND s."report" IS NOT NULL AND s."score" IS NOT NULL
    ORDER BY s."submittedAt" ASC, s."id" ASC`;
  return rows.flatMap((row) => {
    const parsed = RowSchema.safeParse(row);
    if (!parsed.success) return [];
    const r = parsed.data;
    return [{ id: r.id, userId: r.userId, submittedAt: r.submittedAt, score: r.score, promptSlug: r.slug, promptTitle: r.title, criteria: r.criteria, findings: r.findings, unmet: r.unmet, phaseSeconds: r.phaseSeconds, bands: r.bands }];
  });
}

/** Published prompts with their topics, newest version of each, for "practise next". */
export async function loadCatalogue(client: PrismaClient): Promise<CataloguePrompt[]> {
  const versions = await client.promptVersion.findMany({
    where: { published: true },
    orderBy: { version: "desc" },
    select: { title: true, topics: true, prompt: { select: { slug: true } } },
  });
  const seen = new Map<string, CataloguePrompt>();
  for (const v of versions) if (!seen.has(v.prompt.slug)) seen.set(v.prompt.slug, { slug: v.prompt.slug, title: v.title, topics: v.topics });
  return [...seen.values()];
}
