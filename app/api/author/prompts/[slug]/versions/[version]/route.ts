// GET /api/author/prompts/:slug/versions/:version – one version's document.
import { VersionParamsSchema } from "@/lib/authoring/route-schemas";
import { loadVersion } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"], params: VersionParamsSchema }, async ({ params }) => loadVersion(db(), params.slug, params.version));
