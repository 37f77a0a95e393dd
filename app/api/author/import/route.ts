// POST /api/author/import – { yaml } → 201 { slug, version, created }: a prompt file validated
// like content/prompts; 400 names every problem by its field path.
import { ImportSchema, MAX_DOCUMENT_BODY } from "@/lib/authoring/route-schemas";
import { importPrompt } from "@/lib/authoring/versions";
import { importPromptYaml } from "@/lib/authoring/yaml";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { text } from "@/lib/simulator/text-tree";

export const POST = route({ auth: ["INSTRUCTOR"], body: ImportSchema, maxBodyBytes: MAX_DOCUMENT_BODY }, async ({ user, body }) => {
  const parsed = importPromptYaml(body.yaml);
  if (!parsed.ok) {
    const problems = parsed.problems.map(({ path, message }) => ({ path: path || "(file)", message }));
    throw new AppError("bad_request", text("problems.detail.fileProblems", { count: problems.length }), { problems });
  }
  return Response.json(await importPrompt(db(), user.id, parsed.prompt), { status: 201 });
});
