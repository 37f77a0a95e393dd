import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReportView } from "@/components/report/report-view";
import { buttonClass } from "@/components/ui/styles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { SessionReportSchema, UnavailableReportSchema } from "@/lib/report/session-report";
import { requirePageUser } from "@/lib/session";
import { loadOwnedSession } from "@/lib/sessions/load-session";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/sessions/${id}/report`);
  const session = await loadOwnedSession(db(), id, user.id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  if (session.status !== "SUBMITTED") redirect(`/interview/${id}`);
  const parsed = SessionReportSchema.safeParse(session.report);
  const unavailable = parsed.success ? null : UnavailableReportSchema.safeParse(session.report);
  return (
    <div className="space-y-6">
      <nav aria-label="Report actions" className="flex flex-wrap justify-end gap-2">
          <Link href={`/sessions/${id}/replay`} className={buttonClass.secondary}>
            Replay the session
          </Link>
          <Link href={`/practice/${session.prompt.slug}`} className={buttonClass.primary}>
            Try this prompt again
          </Link>
      </nav>
      {parsed.success ? (
        <ReportView report={parsed.data} conceptHref={(concept) => `/concepts/${concept}`} />
      ) : unavailable?.success ? (
        <p role="alert" aria-label="Report unavailable" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Your interview was submitted, but it could not be scored: {unavailable.data.unavailable.why} Your board and your session are kept; replay
          shows everything you did.
        </p>
      ) : (
        <p role="alert" aria-label="Report unavailable" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          This report was made by an older version of DesignDrill and cannot be shown in full. Your session and its score ({session.score ?? "—"}) are kept.
        </p>
      )}
    </div>
  );
}
