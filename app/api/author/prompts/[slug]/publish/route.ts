// POST /api/author/prompts/:slug/publish – { version }: new sessions start with that version.
import { SlugParamsSchema, VersionBodySchema } from "@/lib/authoring/route-schemas";
import { publishVersion } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const POST = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema, body: VersionBodySchema }, async ({ params, body }) => {
  await publishVersion(db(), params.slug, body.version);
  return { published: body.version };
});
