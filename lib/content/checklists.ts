import path from "node:path";
import { z } from "zod";
import { RULE_IDS } from "@/lib/interview/checklist-rules";
import { parseYaml, zodProblems, type ContentProblem } from "./content-problem.ts";
import { listContentFiles, readContentFile } from "./content-files.ts";

/**
 * The rules lib/interview/checklist-rules.ts can decide from the event log (CONTRACT.md). An item
 * with a `rule` is ticked automatically; the others are ticked by the candidate.
 */
// The rule ids are the ones lib/interview/checklist-rules.ts can decide; one list, one home.
export const CHECKLIST_RULE_IDS = RULE_IDS;

export type ChecklistRuleId = (typeof CHECKLIST_RULE_IDS)[number];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ChecklistItemSchema = z.strictObject({
  id: z.string().regex(KEBAB, "id must be kebab-case"),
  kind: z.enum(["do", "dont"]),
  text: z.string().trim().min(1).max(200),
  why: z.string().trim().min(1).max(600),
  /**
   * The rule that ticks the item. A rule always describes the good behaviour, so on a `dont`
   * item "met" means the candidate avoided the don't (e.g. went wide before going deep).
   */
  rule: z.enum(CHECKLIST_RULE_IDS, { error: `rule must be one of: ${CHECKLIST_RULE_IDS.join(", ")}` }).optional(),
  /** The item in Korean (issue 13); a reader in Korean sees the English when it is missing. */
  ko: z.strictObject({ text: z.string().trim().min(1).max(200), why: z.string().trim().min(1).max(600) }).optional(),
});

export const ChecklistSchema = z
  .strictObject({
    phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    title: z.string().trim().min(1).max(120),
    items: z.array(ChecklistItemSchema).min(1).max(30),
    ko: z.strictObject({ title: z.string().trim().min(1).max(120) }).optional(),
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", index, "id"], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    });
  });

export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;

/**
 * Reads `phase-<n>.yaml` files. Item ids must be unique across all phases because a
 * `checklist_ticked` event names only the item.
 */
export async function loadChecklists(dir: string): Promise<{ checklists: Checklist[]; problems: ContentProblem[] }> {
  const checklists: Checklist[] = [];
  const problems: ContentProblem[] = [];
  const itemOwner = new Map<string, string>();
  const phaseOwner = new Map<number, string>();
  for (const file of await listContentFiles(dir, [".yaml", ".yml"])) {
    const yaml = parseYaml(file, await readContentFile(file));
    if (!yaml.ok) {
      problems.push(...yaml.problems);
      continue;
    }
    const parsed = ChecklistSchema.safeParse(yaml.value);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    const checklist = parsed.data;
    const expectedName = `phase-${checklist.phase}`;
    if (path.basename(file).replace(/\.ya?ml$/, "") !== expectedName) {
      problems.push({ file, path: "phase", message: `a phase ${checklist.phase} checklist must be named ${expectedName}.yaml` });
      continue;
    }
    const otherPhaseFile = phaseOwner.get(checklist.phase);
    if (otherPhaseFile) {
      problems.push({ file, path: "phase", message: `phase ${checklist.phase} already comes from ${otherPhaseFile}` });
      continue;
    }
    const clashes = checklist.items.flatMap((item, index) => {
      const owner = itemOwner.get(item.id);
      return owner ? [{ file, path: `items[${index}].id`, message: `item id "${item.id}" is already used in ${owner}` }] : [];
    });
    if (clashes.length > 0) {
      problems.push(...clashes);
      continue;
    }
    phaseOwner.set(checklist.phase, file);
    for (const item of checklist.items) itemOwner.set(item.id, file);
    checklists.push(checklist);
  }
  checklists.sort((a, b) => a.phase - b.phase);
  return { checklists, problems };
}
