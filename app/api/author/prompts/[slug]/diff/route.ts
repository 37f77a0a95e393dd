// GET /api/author/prompts/:slug/diff?from=1&to=3 – what changed, field by field.
import { DiffQuerySchema, SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { compareVersions } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema, query: DiffQuerySchema }, async ({ params, query }) => ({
  changes: await compareVersions(db(), params.slug, query.from, query.to),
}));
