import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translators";
import { checklistWords } from "@/lib/report/checklist-words";
import { SessionReportSchema } from "@/lib/report/session-report";
import { phaseChecklists } from "@/lib/sessions/content";
import { loadReadableSession } from "@/lib/sessions/load-session";
import { boardSvg } from "./board-svg";
import { exportDesignDocument } from "./design-document";
import { reportMarkdown } from "./report-markdown";
import { text } from "@/lib/simulator/text-tree";

export const ExportParamsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  format: z.enum(["md", "json", "svg"], { error: "The format is md, json or svg." }),
});
export const ExportQuerySchema = z.strictObject({
  board: z.enum(["yours", "reference"], { error: "The board is yours or reference." }).default("yours"),
});

export type ExportFile = { body: string; contentType: string; fileName: string };

/** One export of a submitted session, for someone who may read it (owner or their cohort's instructor), in the reader's language. */
export async function sessionExport(
  client: PrismaClient,
  viewerId: string,
  sessionId: string,
  format: z.output<typeof ExportParamsSchema>["format"],
  board: "yours" | "reference",
  timeScale: number,
  locale: Locale = "en",
): Promise<ExportFile> {
  const session = await loadReadableSession(client, sessionId, viewerId);
  if (session.status !== "SUBMITTED") throw new AppError("conflict", text("problems.detail.exportBeforeSubmit"));
  const parsed = SessionReportSchema.safeParse(session.report);
  if (!parsed.success) throw new AppError("conflict", text("problems.detail.exportOldReport"));
  const report = parsed.data;
  const stem = `designdrill-${report.prompt.slug}-${report.submittedAt.slice(0, 10)}`;
  if (format === "md") {
    const words = checklistWords(await phaseChecklists(), locale);
    return { body: reportMarkdown(report, { locale, checklistWords: words }), contentType: "text/markdown; charset=utf-8", fileName: `${stem}-report.md` };
  }
  if (format === "json") {
    return { body: `${JSON.stringify(exportDesignDocument(session, report, timeScale), null, 2)}\n`, contentType: "application/json; charset=utf-8", fileName: `${stem}-design.json` };
  }
  const which = board === "reference" ? report.reference : report.design;
  if (!which) throw new AppError("not_found", text("problems.detail.noReferenceDesign"));
  const t = translatorFor(locale, "report.design");
  const title = `${t(board === "reference" ? "reference" : "yours")}: ${report.prompt.title}`;
  return { body: boardSvg(which, title), contentType: "image/svg+xml; charset=utf-8", fileName: `${stem}-${board === "reference" ? "reference" : "board"}.svg` };
}
