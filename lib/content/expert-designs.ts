import path from "node:path";
import { z } from "zod";
import { DesignDocumentSchema, SCORE_BANDS } from "@/lib/simulator/schema";
import { validateDesignDocument } from "@/lib/simulator/validate";
import { parseYaml, zodProblems, type ContentProblem } from "./content-problem.ts";
import { listContentFiles, readContentFile } from "./content-files.ts";

/**
 * The expert corpus (content/designs/expert/): designs with the band(s) and SPOFs a senior
 * interviewer gives them, written from the source notes and not from the simulator. It is the
 * yardstick the simulator's verdict is tested against (tests/unit/simulator/expert-corpus.test.ts).
 */
export const ExpertDesignSchema = z.strictObject({
  prompt: z.string().min(1).max(64),
  title: z.string().min(1).max(200),
  expert: z.strictObject({
    /** One band, or two adjacent ones when the case is honestly borderline. */
    bands: z.array(z.enum(SCORE_BANDS)).min(1).max(2),
    spofs: z.array(z.string().min(1).max(64)),
    why: z.string().min(1).max(600),
  }),
  document: DesignDocumentSchema,
});
export type ExpertDesign = z.infer<typeof ExpertDesignSchema> & { file: string };

export const EXPERT_DIR = path.join(process.cwd(), "content", "designs", "expert");

export async function loadExpertDesigns(dir = EXPERT_DIR): Promise<{ designs: ExpertDesign[]; problems: ContentProblem[] }> {
  const designs: ExpertDesign[] = [];
  const problems: ContentProblem[] = [];
  for (const file of await listContentFiles(dir, [".yaml", ".yml"])) {
    const name = path.basename(file);
    const parsed = parseYaml(name, await readContentFile(file));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const checked = ExpertDesignSchema.safeParse(parsed.value);
    if (!checked.success) {
      problems.push(...zodProblems(name, checked.error));
      continue;
    }
    const bands = checked.data.expert.bands.map((b) => SCORE_BANDS.indexOf(b)).sort();
    if (bands.length === 2 && bands[1] - bands[0] !== 1) problems.push({ file: name, path: "expert.bands", message: "two bands must be adjacent" });
    // The graph rules the API applies (duplicate edges, unknown ids, …): a design the app would
    // refuse must not stand as a yardstick.
    const graph = validateDesignDocument(checked.data.document);
    if (!graph.ok) for (const p of graph.problems) problems.push({ file: name, path: `document${p.path.replace(/^\$/, "")}`, message: p.message });
    designs.push({ ...checked.data, file: name });
  }
  return { designs, problems };
}
