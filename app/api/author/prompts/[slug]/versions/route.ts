// POST /api/author/prompts/:slug/versions – { baseVersion, document } → 201 { version }, a new
// draft; 409 when another save landed since baseVersion, with both texts (nothing is lost).
import { MAX_DOCUMENT_BODY, SaveDraftSchema, SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { validateDocument } from "@/lib/authoring/validate";
import { saveDraft } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { problemResponse } from "@/lib/http/problem";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { text } from "@/lib/simulator/text-tree";

export const POST = route(
  { auth: ["INSTRUCTOR"], params: SlugParamsSchema, body: SaveDraftSchema, maxBodyBytes: MAX_DOCUMENT_BODY },
  async ({ req, user, params, body }) => {
    const result = await saveDraft(db(), user.id, params.slug, body.baseVersion, validateDocument(body.document));
    if (result.ok) return Response.json({ version: result.version }, { status: 201 });
    const { ok: _ok, ...conflict } = result;
    void _ok;
    const author = result.theirs.author;
    const said = text("problems.detail.versionConflict", { theirs: result.theirs.version, base: result.baseVersion, hasAuthor: author ? "yes" : "no", author: author ?? "" });
    return problemResponse(409, said, { extensions: { conflict }, locale: await localeOfRequest(req, user.id) });
  },
);
