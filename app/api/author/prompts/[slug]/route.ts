// GET /api/author/prompts/:slug – the newest version's document and the version history,
// each version with what changed since the one before.
import { SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { loadVersion, versionHistory } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema }, async ({ params }) => ({
  latest: await loadVersion(db(), params.slug),
  history: await versionHistory(db(), params.slug),
}));
