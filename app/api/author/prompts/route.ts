// GET /api/author/prompts – every prompt with status, versions, sessions and average score.
// POST /api/author/prompts – { document } → 201 { slug, version }: a new prompt, its v1 a draft.
import { authorPromptList } from "@/lib/authoring/list";
import { CreatePromptSchema, MAX_DOCUMENT_BODY } from "@/lib/authoring/route-schemas";
import { validateDocument } from "@/lib/authoring/validate";
import { createPrompt } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const GET = route({ auth: ["INSTRUCTOR"] }, async () => ({ prompts: await authorPromptList(db()) }));

export const POST = route({ auth: ["INSTRUCTOR"], body: CreatePromptSchema, maxBodyBytes: MAX_DOCUMENT_BODY }, async ({ user, body }) =>
  Response.json(await createPrompt(db(), user.id, validateDocument(body.document)), { status: 201 }),
);
