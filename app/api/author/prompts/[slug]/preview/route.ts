// POST /api/author/prompts/:slug/preview – { version } → 201 { id }: a practice session on that
// version (a draft too), marked as a preview so it never counts anywhere.
import { startPreviewSession } from "@/lib/authoring/preview";
import { SlugParamsSchema, VersionBodySchema } from "@/lib/authoring/route-schemas";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const POST = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema, body: VersionBodySchema }, async ({ user, params, body }) =>
  Response.json(await startPreviewSession(db(), user.id, params.slug, body.version), { status: 201 }),
);
