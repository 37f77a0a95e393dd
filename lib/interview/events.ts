import { z } from "zod";
import { DesignSchema, REQUIREMENT_FIELDS, ScenarioSchema } from "@/lib/simulator/schema";

// The session log's event types (CONTRACT.md "Interview events"). The server stores events
// exactly as EventSchema describes; a client may only send the candidate-made types, through
// ClientEventSchema, and the server stamps `at` itself, because time is the server's.

/** Any stored event id: the client's, or one the server derives from it (up to 100 characters). */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
/**
 * What a client may choose as an id: at most 40 characters (so ids the server derives from it
 * still fit) and never in the server's own namespace, `srv-…`, so a client cannot take an id
 * the server will need (a strict timeout, a curveball, a probe, an answer).
 */
export const CLIENT_EVENT_ID_PATTERN = /^(?!srv-)[A-Za-z0-9_-]{8,40}$/;
export const SERVER_ID_PREFIX = "srv-";

/** Limits that keep one event, and so one session log, bounded. */
export const EVENT_LIMITS = {
  questionChars: 500,
  replyChars: 4000,
  functionalItems: 30,
  functionalItemChars: 300,
  noteTextChars: 20000,
  // The Tiptap document carries marks and structure around the plain text; 10× the text
  // limit leaves room for that without letting one note grow without bound.
  noteDocJsonChars: 200_000,
  requirementStringChars: 200,
  requirementListItems: 20,
  factIds: 50,
  idChars: 64,
  layoutEntries: 300,
  findings: 50,
  findingChars: 1000,
} as const;

export const CANDIDATE_ESTIMATE_FIELDS = [
  "readQps",
  "writeQps",
  "peakQps",
  "storageBytesPerDay",
  "storageBytesOverRetention",
  "egressBytesPerSecond",
] as const;
export type CandidateEstimateField = (typeof CANDIDATE_ESTIMATE_FIELDS)[number];
export type CandidateEstimates = Partial<Record<CandidateEstimateField, number>>;

const eventId = z.string().regex(EVENT_ID_PATTERN, "id: 8-100 characters, letters, digits, _ and -");
export const ClientEventIdSchema = z
  .string()
  .regex(CLIENT_EVENT_ID_PATTERN, "id: 8-40 characters, letters, digits, _ and -, not starting with srv-");
const clientId = ClientEventIdSchema;
const shortId = z.string().min(1).max(EVENT_LIMITS.idChars);
const phase = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const nextPhase = z.union([z.literal(2), z.literal(3), z.literal(4)]);
const finite = z.number();
const at = z.iso.datetime({ offset: true });

export const QuestionAskedPayloadSchema = z.strictObject({
  text: z.string().trim().min(1).max(EVENT_LIMITS.questionChars),
});

/** What kind of reply it was (optional: sessions stored before the conversation rules have none). */
export const REPLY_KINDS = ["answer", "repeat-answer", "probe-ack", "probe-follow-up", "probe-closed", "clarify", "repeat"] as const;

export const InterviewerRepliedPayloadSchema = z.strictObject({
  questionId: shortId,
  factIds: z.array(shortId).max(EVENT_LIMITS.factIds),
  text: z.string().max(EVENT_LIMITS.replyChars),
  kind: z.enum(REPLY_KINDS).optional(),
  /** The probe this reply is about, when the candidate was answering one. */
  probeIndex: z.number().int().nonnegative().optional(),
  /** The probe's `lookFor` terms the candidate's answer contained. */
  matched: z.array(z.string().max(80)).max(20).optional(),
});

export const RequirementValueSchema = z.union([
  finite,
  z.string().max(EVENT_LIMITS.requirementStringChars),
  z.array(z.string().min(1).max(64)).max(EVENT_LIMITS.requirementListItems),
  z.null(),
]);

export const RequirementSetPayloadSchema = z.strictObject({
  field: z.enum(REQUIREMENT_FIELDS),
  value: RequirementValueSchema,
  source: z.enum(["fact", "assumption"]),
  factId: shortId.optional(),
});

export const FunctionalSetPayloadSchema = z.strictObject({
  items: z
    .array(z.string().trim().min(1).max(EVENT_LIMITS.functionalItemChars))
    .max(EVENT_LIMITS.functionalItems),
});

export const EstimateSetPayloadSchema = z.strictObject({
  field: z.enum(CANDIDATE_ESTIMATE_FIELDS),
  value: z.number().nonnegative().nullable(),
});

export const LayoutSchema = z
  .record(z.string().min(1).max(EVENT_LIMITS.idChars), z.strictObject({ x: finite, y: finite }))
  .refine((layout) => Object.keys(layout).length <= EVENT_LIMITS.layoutEntries, {
    message: `layout: at most ${EVENT_LIMITS.layoutEntries} entries`,
  });

export const DesignSetPayloadSchema = z.strictObject({
  design: DesignSchema,
  layout: LayoutSchema,
});

export const TiptapDocSchema = z
  .record(z.string(), z.unknown())
  .refine(
    (doc) => {
      // A pathologically deep document makes JSON.stringify overflow the stack: too big either way.
      try {
        return JSON.stringify(doc).length <= EVENT_LIMITS.noteDocJsonChars;
      } catch {
        return false;
      }
    },
    { message: `doc: at most ${EVENT_LIMITS.noteDocJsonChars} characters of JSON` },
  );

export const NoteSetPayloadSchema = z.strictObject({
  phase,
  doc: TiptapDocSchema,
  text: z.string().max(EVENT_LIMITS.noteTextChars),
});

export const FeedbackRequestedPayloadSchema = z.strictObject({
  phase,
  score: finite,
  spofs: z.array(shortId).max(300),
  topFindings: z.array(z.string().max(EVENT_LIMITS.findingChars)).max(EVENT_LIMITS.findings),
});

export const ScenarioRunPayloadSchema = z.strictObject({
  scenario: ScenarioSchema,
  servedShare: z.number().min(0).max(1),
  p99Ms: z.number().nonnegative().nullable(),
});

export const ProbeAskedPayloadSchema = z.strictObject({
  probeIndex: z.number().int().nonnegative(),
  text: z.string().max(EVENT_LIMITS.replyChars),
});

export const PhaseAdvancedPayloadSchema = z
  .strictObject({ from: phase, to: nextPhase, reason: z.enum(["manual", "timeout"]) })
  .refine((p) => p.to === p.from + 1, { message: "a phase can only move to the next one", path: ["to"] });

export const ChecklistTickedPayloadSchema = z.strictObject({
  itemId: z.string().min(1).max(100),
  checked: z.boolean(),
});

export const SubmittedPayloadSchema = z.strictObject({ reason: z.enum(["manual", "timeout"]) });

export const EVENT_PAYLOAD_SCHEMAS = {
  question_asked: QuestionAskedPayloadSchema,
  interviewer_replied: InterviewerRepliedPayloadSchema,
  requirement_set: RequirementSetPayloadSchema,
  functional_set: FunctionalSetPayloadSchema,
  estimate_set: EstimateSetPayloadSchema,
  design_set: DesignSetPayloadSchema,
  note_set: NoteSetPayloadSchema,
  feedback_requested: FeedbackRequestedPayloadSchema,
  scenario_run: ScenarioRunPayloadSchema,
  probe_asked: ProbeAskedPayloadSchema,
  phase_advanced: PhaseAdvancedPayloadSchema,
  checklist_ticked: ChecklistTickedPayloadSchema,
  submitted: SubmittedPayloadSchema,
} as const;

export type EventType = keyof typeof EVENT_PAYLOAD_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOAD_SCHEMAS) as EventType[];

/** Made only by the server (the interviewer, the simulator); a client sending one is rejected. */
export const SERVER_EVENT_TYPES = [
  "interviewer_replied",
  "feedback_requested",
  "scenario_run",
  "probe_asked",
] as const satisfies readonly EventType[];

/** What the candidate makes. phase_advanced and submitted only with reason "manual". */
export const CLIENT_EVENT_TYPES = [
  "question_asked",
  "requirement_set",
  "functional_set",
  "estimate_set",
  "design_set",
  "note_set",
  "phase_advanced",
  "checklist_ticked",
  "submitted",
] as const satisfies readonly EventType[];

function stored<T extends EventType>(type: T) {
  return z.strictObject({ id: eventId, type: z.literal(type), payload: EVENT_PAYLOAD_SCHEMAS[type], at });
}

export const EventSchema = z.discriminatedUnion("type", [
  stored("question_asked"),
  stored("interviewer_replied"),
  stored("requirement_set"),
  stored("functional_set"),
  stored("estimate_set"),
  stored("design_set"),
  stored("note_set"),
  stored("feedback_requested"),
  stored("scenario_run"),
  stored("probe_asked"),
  stored("phase_advanced"),
  stored("checklist_ticked"),
  stored("submitted"),
]);
export type InterviewEvent = z.infer<typeof EventSchema>;
export type EventOf<T extends EventType> = Extract<InterviewEvent, { type: T }>;

function sent<T extends (typeof CLIENT_EVENT_TYPES)[number]>(type: T) {
  return z.strictObject({ id: clientId, type: z.literal(type), payload: EVENT_PAYLOAD_SCHEMAS[type] });
}

// A timeout is the server's decision, so a client may only advance or submit by hand.
const manualAdvance = z
  .strictObject({ from: phase, to: nextPhase, reason: z.literal("manual") })
  .refine((p) => p.to === p.from + 1, { message: "a phase can only move to the next one", path: ["to"] });

export const ClientEventSchema = z.discriminatedUnion("type", [
  sent("question_asked"),
  sent("requirement_set"),
  sent("functional_set"),
  sent("estimate_set"),
  sent("design_set"),
  sent("note_set"),
  z.strictObject({ id: clientId, type: z.literal("phase_advanced"), payload: manualAdvance }),
  sent("checklist_ticked"),
  z.strictObject({
    id: clientId,
    type: z.literal("submitted"),
    payload: z.strictObject({ reason: z.literal("manual") }),
  }),
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;

export function isServerEventType(type: string): boolean {
  return (SERVER_EVENT_TYPES as readonly string[]).includes(type);
}
