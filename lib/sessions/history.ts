import { z } from "zod";
import { promptTitleTranslations } from "@/lib/catalog/prompt-title-translations";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Prisma } from "@/lib/generated/prisma/client";
import { band } from "@/lib/simulator/score";
import { text } from "@/lib/simulator/text-tree";

// History: a page of sessions with filters, sort and paging, from GET parameters.

export const HISTORY_PAGE_SIZE = 20;

// An empty form field means "not set"; a repeated parameter takes its first value.
const param = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  }, schema);

export const HistoryQuerySchema = z
  .object({
    prompt: param(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Choose a prompt from the list.").max(80).optional()),
    status: param(z.enum(["all", "active", "submitted"], { error: "Status is all, active or submitted." }).default("all")),
    from: param(z.iso.date({ error: "Write the date as YYYY-MM-DD." }).optional()),
    to: param(z.iso.date({ error: "Write the date as YYYY-MM-DD." }).optional()),
    sort: param(z.enum(["date", "score", "prompt"], { error: "Sort by date, score or prompt." }).default("date")),
    order: param(z.enum(["asc", "desc"], { error: "Order is asc or desc." }).default("desc")),
    page: param(z.coerce.number({ error: "The page is a number." }).int("The page is a whole number.").min(1, "Pages start at 1.").max(100_000).default(1)),
    member: param(z.string().max(40).regex(/^[a-z0-9]+$/i, "Choose a member from the list.").optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "The end date comes before the start date." });
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

export type HistoryItem = {
  id: string;
  owner: { id: string; name: string };
  promptTitle: string;
  promptSlug: string;
  mode: "STRICT" | "PRACTICE";
  status: "ACTIVE" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  durationSeconds: number | null;
  score: number | null;
  band: string | null;
};

export type HistoryPage = { items: HistoryItem[]; total: number; page: number; pageCount: number; query: HistoryQuery };

/** Parses GET parameters; bad ones are named in the returned problems and fall back to defaults. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined>): { query: HistoryQuery; problems: { path: string; message: string }[] } {
  const parsed = HistoryQuerySchema.safeParse(params);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const bad = new Set(problems.map((p) => p.path));
  const kept = Object.fromEntries(Object.entries(params).filter(([k]) => !bad.has(k)));
  const retry = HistoryQuerySchema.safeParse(kept);
  return { query: retry.success ? retry.data : HistoryQuerySchema.parse({}), problems };
}

function whereFor(base: Prisma.InterviewSessionWhereInput, q: HistoryQuery): Prisma.InterviewSessionWhereInput {
  const startedAt: Prisma.DateTimeFilter = {};
  if (q.from) startedAt.gte = new Date(`${q.from}T00:00:00.000Z`);
  if (q.to) startedAt.lt = new Date(new Date(`${q.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    AND: [
      base,
      { preview: false },
      q.prompt ? { promptVersion: { prompt: { slug: q.prompt } } } : {},
      q.status === "active" ? { status: "ACTIVE" } : q.status === "submitted" ? { status: "SUBMITTED" } : {},
      q.from || q.to ? { startedAt } : {},
      q.member ? { userId: q.member } : {},
    ],
  };
}

function orderFor(q: HistoryQuery): Prisma.InterviewSessionOrderByWithRelationInput[] {
  const dir = q.order;
  if (q.sort === "score") return [{ score: { sort: dir, nulls: "last" } }, { startedAt: "desc" }, { id: "asc" }];
  if (q.sort === "prompt") return [{ promptVersion: { title: dir } }, { startedAt: "desc" }, { id: "asc" }];
  return [{ startedAt: dir }, { id: "asc" }];
}

/**
 * One page of the sessions matching `base` (the caller's own, or a cohort's members'), with the
 * prompt titles in `locale` where the prompt has them (sorting by prompt keeps the English order).
 */
export async function listHistory(
  client: PrismaClient,
  base: Prisma.InterviewSessionWhereInput,
  query: HistoryQuery,
  { pageSize = HISTORY_PAGE_SIZE, locale = defaultLocale }: { pageSize?: number; locale?: Locale } = {},
): Promise<HistoryPage> {
  const where = whereFor(base, query);
  const total = await client.interviewSession.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await client.interviewSession.findMany({
    where,
    orderBy: orderFor(query),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      user: { select: { id: true, name: true } },
      promptVersion: { select: { title: true, prompt: { select: { slug: true } } } },
    },
  });
  const titleIn = await promptTitleTranslations(client, rows.map((r) => ({ slug: r.promptVersion.prompt.slug, title: r.promptVersion.title })), locale);
  return {
    items: rows.map((r) => ({
      id: r.id,
      owner: r.user,
      promptTitle: titleIn(r.promptVersion.prompt.slug, r.promptVersion.title),
      promptSlug: r.promptVersion.prompt.slug,
      mode: r.mode,
      status: r.status,
      startedAt: r.startedAt,
      submittedAt: r.submittedAt,
      durationSeconds: r.submittedAt ? Math.max(0, (r.submittedAt.getTime() - r.startedAt.getTime()) / 1000) : null,
      score: r.score,
      band: r.score === null ? null : band(r.score),
    })),
    total,
    page,
    pageCount,
    query: { ...query, page },
  };
}

/** The prompts a user has sessions on, for the filter's list, titled and sorted in `locale`. */
export async function historyPrompts(client: PrismaClient, base: Prisma.InterviewSessionWhereInput, locale: Locale = defaultLocale): Promise<{ slug: string; title: string }[]> {
  const versions = await client.promptVersion.findMany({
    where: { sessions: { some: { AND: [base, { preview: false }] } } },
    select: { title: true, prompt: { select: { slug: true } } },
    orderBy: { version: "desc" },
  });
  const bySlug = new Map<string, string>();
  for (const v of versions) if (!bySlug.has(v.prompt.slug)) bySlug.set(v.prompt.slug, v.title);
  const titleIn = await promptTitleTranslations(client, [...bySlug].map(([slug, title]) => ({ slug, title })), locale);
  return [...bySlug].map(([slug, title]) => ({ slug, title: titleIn(slug, title) })).sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** Deletes one of the user's own sessions that was never submitted; a submitted one is kept for good. */
export async function deleteUnsubmittedSession(client: PrismaClient, userId: string, sessionId: string): Promise<void> {
  const { count } = await client.interviewSession.deleteMany({ where: { id: sessionId, userId, status: "ACTIVE" } });
  if (count === 0) throw new AppError("not_found", text("problems.detail.noUnsubmittedSession"));
}
