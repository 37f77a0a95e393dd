import { z } from "zod";
import { FactSchema } from "@/lib/prompts/schema";
import { MAX_IMPORT_BYTES } from "./yaml.ts";

// The inputs of the author routes. Documents are checked by ./validate.ts, not here, so their
// problems are named by their own paths rather than under "document".

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const version = z.coerce.number({ error: "a version number" }).int().min(1).max(100_000);

export const SlugParamsSchema = z.object({ slug: z.string().regex(SLUG, "Unknown prompt.").max(80) });
export const VersionParamsSchema = SlugParamsSchema.extend({ version });

/** A prompt (or a draft) is sent whole; 512 KiB holds the largest reference designs. */
export const MAX_DOCUMENT_BODY = 512 * 1024;

export const CreatePromptSchema = z.strictObject({ document: z.unknown() });
export const SaveDraftSchema = z.strictObject({
  /** The version the editor loaded; a save on anything older is a conflict. */
  baseVersion: z.number().int().min(0).max(100_000),
  document: z.unknown(),
});
export const VersionBodySchema = z.strictObject({ version: z.number().int().min(1).max(100_000) });
export const VersionQuerySchema = z.object({ version: version.optional() });
export const DiffQuerySchema = z.object({ from: version, to: version });
export const ImportSchema = z.strictObject({ yaml: z.string().min(1, "Choose a YAML file.").max(MAX_IMPORT_BYTES) });
export const WhichFactSchema = z.strictObject({
  question: z.string().trim().min(1, "Type a question.").max(500),
  facts: z.array(FactSchema).min(1, "Add a fact first.").max(60),
  // The prompt's statement and summary as they are in the form: the products it is modelled on
  // ("like WhatsApp") make a question about them one about ours (lib/interview/modelled-on.ts).
  statement: z.string().max(10000).optional(),
  summary: z.string().max(300).optional(),
});
