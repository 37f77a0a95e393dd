import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ReplayClient } from "@/components/replay/replay-client";
import { promptTitleTranslations } from "@/lib/catalog/prompt-title-translations";
import { listComments, markCommentsRead } from "@/lib/cohorts/comments";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { requireSessionPageUser } from "@/lib/session";
import { loadReadableSession, type ReadableSession } from "@/lib/sessions/load-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("replay"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?t=<seconds> opens the replay at a moment (a comment's pin); anything else starts at 0.
const StartSchema = z.coerce.number().int().min(0).max(6 * 3600).catch(0);

export default async function ReplayPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireSessionPageUser();
  let session: ReadableSession;
  try {
    session = await loadReadableSession(db(), id, user.id);
  } catch (error) {
    // Someone else's session and a made-up id look the same: not found.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const isOwner = session.viewer === "owner";
  const start = (await searchParams).t;
  const t = await getTranslations("replay");
  const comments = await listComments(db(), user.id, id);
  const titleIn = await promptTitleTranslations(db(), [session.prompt], asLocale(await getLocale()));
  if (isOwner) await markCommentsRead(db(), user.id, id);
  const back = session.status === "SUBMITTED" ? { href: `/sessions/${session.id}/report`, label: t("backToReport") } : isOwner ? { href: `/interview/${session.id}`, label: t("backToInterview") } : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">{t("title", { title: titleIn(session.prompt.slug, session.prompt.title) })}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {t(session.mode === "STRICT" ? "mode.STRICT" : "mode.PRACTICE")} · {t("events", { count: session.events.length })} ·{" "}
            {session.status === "SUBMITTED" ? t("scored", { score: session.score ?? "—" }) : t("inProgress")}
            {!isOwner ? ` · ${t("readOnly")}` : ""}
          </p>
        </div>
        {back ? (
          <Link href={back.href} className="text-sm font-medium text-brand-600 hover:underline">
            {back.label}
          </Link>
        ) : null}
      </div>
      <ReplayClient
        events={session.events}
        startedAt={session.startedAt.toISOString()}
        initialSeconds={StartSchema.parse(Array.isArray(start) ? start[0] : start)}
        coaching={comments.length > 0 || !isOwner ? { sessionId: id, comments, canComment: !isOwner } : undefined}
      />
    </div>
  );
}
