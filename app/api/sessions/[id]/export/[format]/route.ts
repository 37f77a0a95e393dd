// GET /api/sessions/:id/export/:format – the report as Markdown (md), the design document (json)
// or a board as SVG (svg, ?board=yours|reference), as a download, in the reader's language. Owner
// and cohort instructors only.
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { ExportParamsSchema, ExportQuerySchema, sessionExport } from "@/lib/export/session-export";
import { route } from "@/lib/http/route";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const GET = route({ auth: "session-reader", params: ExportParamsSchema, query: ExportQuerySchema }, async ({ req, user, params, query }) => {
  const file = await sessionExport(db(), user.id, params.id, params.format, query.board, timeScale(), await localeOfRequest(req, user.id));
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      // An SVG opened straight from here runs no script and loads nothing.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
