import { z } from "zod";
import {
  NODE_KINDS,
  REQUIREMENT_FIELDS,
  RequirementsSchema,
  type DesignDocument,
  type Requirements,
} from "@/lib/simulator/schema";
import { validateDesignDocument } from "@/lib/simulator/validate";

// One schema for a prompt, shared by the content loader and the authoring UI, so a prompt that
// loads from a file is exactly a prompt an instructor could have saved.

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const kebab = (what: string) => z.string().regex(KEBAB, `${what} must be kebab-case (lower-case words joined by -)`);
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Korean text beside the English, field by field. English stays the required, canonical text;
 * a missing Korean field falls back to it (the interface says so), so a prompt can be
 * translated a piece at a time.
 */
const korean = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape).partial().optional();

/**
 * Partial requirements a fact or curveball fixes. Keys are checked one by one first, so a typo
 * is reported at its own path (`facts[2].sets.dailyUsers`) rather than as one "unrecognized key".
 */
export const RequirementPatchSchema = z
  .record(z.string(), z.unknown())
  .superRefine((patch, ctx) => {
    for (const key of Object.keys(patch)) {
      if (!(REQUIREMENT_FIELDS as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${key}" is not a requirement field; expected one of: ${REQUIREMENT_FIELDS.join(", ")}`,
        });
      }
    }
  })
  .pipe(RequirementsSchema);
export type RequirementPatch = Requirements;

export const FactSchema = z.strictObject({
  id: kebab("fact id"),
  topic: text(60),
  /** Phrasings and keywords, any language; the interviewer matches questions against them. */
  ask: z.array(text(200)).min(1, "a fact needs at least one phrasing in ask").max(40),
  answer: text(1000),
  sets: RequirementPatchSchema.optional(),
  /**
   * Intent topics (content/interviewer/topics.yaml) this fact answers besides those of the
   * requirement fields it sets: for facts that set no field (features, platform, growth).
   */
  intents: z.array(kebab("intent topic").max(60)).max(10).optional(),
  /** Counts towards "clarified the essentials". */
  key: z.boolean().default(false),
  ko: korean({ answer: text(1000) }),
});
export type Fact = z.infer<typeof FactSchema>;

const PHASE_OF_PROBE = z.union([z.literal(2), z.literal(3), z.literal(4)]);
export const ProbeConditionSchema = z.union([
  z.strictObject({ phase: PHASE_OF_PROBE }),
  z.strictObject({ missing: z.enum(NODE_KINDS) }),
  z.strictObject({ has: z.enum(NODE_KINDS) }),
]);
export type ProbeCondition = z.infer<typeof ProbeConditionSchema>;

export const ProbeSchema = z.strictObject({
  when: ProbeConditionSchema,
  ask: text(500),
  /** Words a good answer tends to contain; used to nudge, never to grade alone. */
  lookFor: z.array(text(80)).max(20).default([]),
  ko: korean({ ask: text(500) }),
});
export type Probe = z.infer<typeof ProbeSchema>;

export const CurveballSchema = z.strictObject({
  atMinute: z.number().min(0).max(120),
  say: text(500),
  sets: RequirementPatchSchema.optional(),
  ko: korean({ say: text(500) }),
});
export type Curveball = z.infer<typeof CurveballSchema>;

const points = z.number().min(0).max(100);
export const RubricWeightsSchema = z.strictObject({
  problemNavigation: points.optional(),
  solutionDesign: points.optional(),
  technicalExcellence: points.optional(),
  communication: points.optional(),
});
export type RubricWeights = z.infer<typeof RubricWeightsSchema>;

const band = z
  .tuple([z.number().min(0).max(120), z.number().min(0).max(120)])
  .refine(([min, max]) => min <= max, { message: "a phase band is [min, max] minutes with min <= max" });
export const PhaseBandsSchema = z.tuple([band, band, band, band]);
export type PhaseBands = z.infer<typeof PhaseBandsSchema>;

/** The book's bands for a 45-minute interview (source notes, "시간 배분"). */
export const DEFAULT_PHASE_BANDS: PhaseBands = [
  [3, 10],
  [10, 15],
  [10, 25],
  [3, 5],
];

/** Runs the simulator's own validator and re-roots its problems under `referenceDesign`. */
export const ReferenceDesignSchema = z.unknown().transform((input, ctx): DesignDocument => {
  const result = validateDesignDocument(input);
  if (result.ok) return result.document;
  for (const problem of result.problems) {
    ctx.addIssue({ code: "custom", path: splitPath(problem.path), message: problem.message });
  }
  return z.NEVER;
});

export const PromptDocumentSchema = z
  .strictObject({
    slug: kebab("slug").max(80),
    title: text(120),
    summary: text(300),
    difficulty: z.enum(["easy", "medium", "hard"]),
    topics: z.array(kebab("topic").max(60)).min(1).max(20),
    statement: text(10000),
    facts: z.array(FactSchema).min(1).max(60),
    probes: z.array(ProbeSchema).max(20).default([]),
    curveballs: z.array(CurveballSchema).max(10).default([]),
    referenceDesign: ReferenceDesignSchema,
    rubric: RubricWeightsSchema.optional(),
    phases: PhaseBandsSchema.optional(),
    published: z.boolean().default(true),
    version: z.number().int().positive().optional(),
    ko: korean({ title: text(120), summary: text(300), statement: text(10000) }),
  })
  .superRefine((prompt, ctx) => {
    const seen = new Map<string, number>();
    const fieldOwner = new Map<string, number>();
    prompt.facts.forEach((fact, index) => {
      const first = seen.get(fact.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["facts", index, "id"], message: `duplicate fact id "${fact.id}" (also facts[${first}])` });
      } else {
        seen.set(fact.id, index);
      }
      // Two facts fixing one field would make the clarified requirements depend on which was asked last.
      for (const field of Object.keys(fact.sets ?? {})) {
        const owner = fieldOwner.get(field);
        if (owner !== undefined) {
          ctx.addIssue({ code: "custom", path: ["facts", index, "sets", field], message: `${field} is already set by facts[${owner}]` });
        } else {
          fieldOwner.set(field, index);
        }
      }
    });
    // The reference design is simulated against the load the facts describe; if the two drift
    // apart the "model answer" would be graded on a different problem. zod still runs this
    // refinement when a fact is invalid, so compare only when every fact parsed cleanly, and
    // report each slip once, where it was made.
    if (!prompt.facts.every((fact) => FactSchema.safeParse(fact).success)) return;
    const fromFacts: Record<string, unknown> = {};
    for (const fact of prompt.facts) Object.assign(fromFacts, fact.sets ?? {});
    const reference = prompt.referenceDesign?.requirements as Record<string, unknown> | undefined;
    if (!reference) return;
    for (const [field, value] of Object.entries(fromFacts)) {
      if (JSON.stringify(reference[field]) !== JSON.stringify(value)) {
        ctx.addIssue({
          code: "custom",
          path: ["referenceDesign", "requirements", field],
          message: `must equal what the facts set (${JSON.stringify(value)}), found ${JSON.stringify(reference[field])}`,
        });
      }
    }
  });

export type PromptDocument = z.infer<typeof PromptDocumentSchema>;
/** What an author writes: defaults (key, probes, published) may be left out. */
export type PromptDocumentInput = z.input<typeof PromptDocumentSchema>;

/** `design.edges[3].to` -> ["design", "edges", 3, "to"], so zod can prefix it with our own path. */
function splitPath(path: string): PropertyKey[] {
  // The validator names the document root "(document)".
  if (path === "" || path === "(document)") return [];
  const keys: PropertyKey[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      keys.push(part);
      continue;
    }
    if (match[1] !== "") keys.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}
