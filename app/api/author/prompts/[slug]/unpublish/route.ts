// POST /api/author/prompts/:slug/unpublish – out of the catalogue; past sessions are unchanged.
import { SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { unpublishPrompt } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { z } from "zod";

export const POST = route({ auth: ["INSTRUCTOR"], params: SlugParamsSchema, body: z.strictObject({}) }, async ({ params }) => {
  await unpublishPrompt(db(), params.slug);
  return { published: null };
});
