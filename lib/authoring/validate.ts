import { zodProblems } from "@/lib/content/content-problem";
import { AppError } from "@/lib/errors";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { list, text } from "@/lib/simulator/text-tree";

/**
 * A document from the editor, validated by the same schema as content files. Problems are
 * named the way the YAML is written (`facts[2].sets.dailyActiveUsers`), which is also how the
 * editor finds the input to mark.
 */
export function validateDocument(input: unknown): PromptDocument {
  const parsed = PromptDocumentSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = zodProblems("document", parsed.error).map(({ path, message }) => ({ path: path || "(document)", message }));
  throw new AppError("bad_request", text("problems.detail.promptProblems", { count: problems.length, paths: list(problems.map((p) => p.path)) }), { problems });
}
