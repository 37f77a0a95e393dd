import { z } from "zod";
import { DesignSchema, ReportSchema, RequirementsSchema, TextSchema } from "@/lib/simulator/schema";

// What the lead stores when a session is submitted, and all the report page reads: the
// report is rendered from this one document, never recomputed, so it shows what was scored.

const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });
export const BoardSchema = z.strictObject({
  design: DesignSchema,
  layout: z.record(z.string(), PositionSchema),
});
export type Board = z.infer<typeof BoardSchema>;

const band = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);
const seconds = z.number().nonnegative();

export const ChecklistStatusSchema = z.enum(["met", "unmet", "pending", "ticked", "unticked"]);
export type ChecklistStatus = z.infer<typeof ChecklistStatusSchema>;

export const SessionChecklistItemSchema = z.strictObject({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  id: z.string().min(1),
  kind: z.enum(["do", "dont"]),
  text: z.string(),
  status: ChecklistStatusSchema,
  explanation: z.string().nullable(),
  /** The explanation as a language-neutral text (English `explanation` is rendered from it); absent in reports stored before it existed. */
  explanationText: TextSchema.optional(),
});
export type SessionChecklistItem = z.infer<typeof SessionChecklistItemSchema>;

export const SessionReportSchema = z.strictObject({
  version: z.literal(1),
  submittedAt: z.iso.datetime({ offset: true }),
  reason: z.enum(["manual", "timeout"]),
  prompt: z.strictObject({ slug: z.string().min(1), title: z.string().min(1), version: z.number().int().positive() }),
  clarified: ReportSchema,
  full: ReportSchema,
  requirements: z.strictObject({ clarified: RequirementsSchema, full: RequirementsSchema }),
  phaseSeconds: z.tuple([seconds, seconds, seconds, seconds]),
  bands: z.tuple([band, band, band, band]),
  checklist: z.array(SessionChecklistItemSchema),
  design: BoardSchema,
  reference: BoardSchema.nullable(),
});
export type SessionReport = z.infer<typeof SessionReportSchema>;

/**
 * What is stored instead when the report could not be built at submission (the design was too
 * large to simulate within the limits, or the submitting request never finished): the session
 * is still submitted, reading it never runs the simulator again, and the page says why.
 */
export const UnavailableReportSchema = z.strictObject({
  version: z.literal(1),
  submittedAt: z.iso.datetime({ offset: true }),
  reason: z.enum(["manual", "timeout"]),
  prompt: z.strictObject({ slug: z.string().min(1), title: z.string().min(1), version: z.number().int().positive() }),
  // `why` is the English; `whyText` the same words as a text, said in the reader's language (absent in reports stored before it).
  unavailable: z.strictObject({ why: z.string().min(1), whyText: TextSchema.optional() }),
  design: BoardSchema,
});
export type UnavailableReport = z.infer<typeof UnavailableReportSchema>;
