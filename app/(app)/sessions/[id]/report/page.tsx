import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportComments } from "@/components/coaching/report-comments";
import { loadLocalizedConceptNotes } from "@/components/content/concept-source";
import { ExportMenu } from "@/components/export/export-menu";
import { ReportSection } from "@/components/report/report-section";
import { ReportView } from "@/components/report/report-view";
import { buttonClass } from "@/components/ui/styles";
import { promptTitleTranslations } from "@/lib/catalog/prompt-title-translations";
import { listComments, markCommentsRead } from "@/lib/cohorts/comments";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { formatText } from "@/lib/simulator/text";
import { SessionReportSchema, UnavailableReportSchema } from "@/lib/report/session-report";
import { requireSessionPageUser } from "@/lib/session";
import { loadReadableSession } from "@/lib/sessions/load-session";
import { phaseChecklists } from "@/lib/sessions/content";
import { checklistWords } from "@/lib/report/checklist-words";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("reportTitle") };
}

/** The translated concept notes' titles for the report's "Learn" links; English keeps the ids in words. */
async function conceptNames(locale: Locale): Promise<Record<string, string> | undefined> {
  if (locale === defaultLocale) return undefined;
  const notes = await loadLocalizedConceptNotes(locale);
  return Object.fromEntries(notes.filter((n) => !n.fellBack).map((n) => [n.concept.id, n.concept.title]));
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionPageUser();
  // The owner, or an instructor of a cohort the owner belongs to; anyone else: not found.
  const session = await loadReadableSession(db(), id, user.id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const isOwner = session.viewer === "owner";
  if (session.status !== "SUBMITTED") redirect(isOwner ? `/interview/${id}` : `/sessions/${id}/replay`);
  const parsed = SessionReportSchema.safeParse(session.report);
  const unavailable = parsed.success ? null : UnavailableReportSchema.safeParse(session.report);
  const comments = await listComments(db(), user.id, id);
  // The owner has now seen them: the header's unread count drops on the next page.
  if (isOwner) await markCommentsRead(db(), user.id, id);
  const t = await getTranslations("sessions");
  const locale = asLocale(await getLocale());
  // The report stores the English title; the reader sees the prompt's own translation of it.
  const titleIn = parsed.success ? await promptTitleTranslations(db(), [parsed.data.prompt], locale) : null;
  const criteria = parsed.success ? parsed.data.clarified.score.criteria.filter((c) => c.max > 0).map((c) => ({ id: c.id, label: c.label })) : [];
  return (
    <div className="space-y-6">
      <nav aria-label={t("reportActions")} className="flex flex-wrap items-center justify-end gap-2 print:hidden">
        {!isOwner ? <p className="mr-auto text-sm text-slate-600 dark:text-slate-400">{t("readOnly")}</p> : null}
        <Link href={`/sessions/${id}/replay`} className={buttonClass.secondary}>
          {t("replaySession")}
        </Link>
        {isOwner ? (
          <Link href={`/practice/${session.prompt.slug}`} className={buttonClass.primary}>
            {t("tryAgain")}
          </Link>
        ) : null}
      </nav>
      {parsed.success ? <ExportMenu sessionId={id} fileStem={`designdrill-${parsed.data.prompt.slug}-${parsed.data.submittedAt.slice(0, 10)}`} /> : null}
      {parsed.success ? (
        <ReportView
          report={parsed.data}
          title={titleIn?.(parsed.data.prompt.slug, parsed.data.prompt.title)}
          conceptHref={(concept) => `/concepts/${concept}`}
          conceptNames={await conceptNames(locale)}
          checklistWords={checklistWords(await phaseChecklists(), locale)}
        />
      ) : unavailable?.success ? (
        <p role="alert" aria-label={t("reportUnavailable")} className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t("notScored", { why: unavailable.data.unavailable.whyText ? formatText(unavailable.data.unavailable.whyText, locale) : unavailable.data.unavailable.why })}
        </p>
      ) : (
        <p role="alert" aria-label={t("reportUnavailable")} className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t("olderReport", { score: String(session.score ?? "—") })}
        </p>
      )}
      {comments.length > 0 || !isOwner ? (
        <ReportSection id="comments" title={t("coachComments")}>
          <ReportComments sessionId={id} comments={comments} criteria={criteria} canComment={!isOwner} />
        </ReportSection>
      ) : null}
    </div>
  );
}
