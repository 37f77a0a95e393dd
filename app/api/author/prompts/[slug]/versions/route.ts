// POST /api/author/prompts/:slug/versions – { baseVersion, document } → 201 { version }, a new
// draft; 409 when another save landed since baseVersion, with both texts (nothing is lost).
import { MAX_DOCUMENT_BODY, SaveDraftSchema, SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { validateDocument } from "@/lib/authoring/validate";
import { saveDraft } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { problemResponse } from "@/lib/http/problem";

export const POST = route(
  { auth: ["INSTRUCTOR"], params: SlugParamsSchema, body: SaveDraftSchema, maxBodyBytes: MAX_DOCUMENT_BODY },
  async ({ user, params, body }) => {
    const result = await saveDraft(db(), user.id, params.slug, body.baseVersion, validateDocument(body.document));
    if (result.ok) return Response.json({ version: result.version }, { status: 201 });
    const { ok: _ok, ...conflict } = result;
    void _ok;
    return problemResponse(
      409,
      `Version ${result.theirs.version} was saved${result.theirs.author ? ` by ${result.theirs.author}` : ""} after you opened version ${result.baseVersion}. Your text was not saved; it is below, beside theirs.`,
      undefined,
      undefined,
      { conflict },
    );
  },
);
