// GET /api/author/prompts/:slug/export?version=N – that version (default: newest) as its YAML file.
import { SlugParamsSchema, VersionQuerySchema } from "@/lib/authoring/route-schemas";
import { loadVersion } from "@/lib/authoring/versions";
import { exportFileName, exportPromptYaml } from "@/lib/authoring/yaml";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema, query: VersionQuerySchema }, async ({ params, query }) => {
  const version = await loadVersion(db(), params.slug, query.version);
  return new Response(exportPromptYaml(version.document, version.published), {
    headers: {
      "content-type": "application/yaml; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(params.slug, version.version)}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
