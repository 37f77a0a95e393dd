import type { Design, RequirementField, Scenario } from "@/lib/simulator/schema";
import type { CandidateEstimates, InterviewEvent } from "./events.ts";
import type { PhaseNumber } from "./phases.ts";

// The session's current state is the fold of its event log; replay is the same fold stopped
// at a time. Pure and total: every valid event list folds, in the order given (server seq).

export type ChatMessage = {
  id: string;
  role: "candidate" | "interviewer";
  text: string;
  at: string;
  factIds?: string[];
  /** Set on a probe and on the interviewer's replies about it, so the next message can be read as an answer to it. */
  probeIndex?: number;
  kind?: string;
};

/** What the candidate's answers to one probe achieved. */
export type ProbeReply = { replies: number; followUps: number; acknowledged: number; matched: string[] };

export type RequirementEntry = {
  value: number | string | string[];
  source: "fact" | "assumption";
  factId?: string;
};

export type NoteEntry = { doc: Record<string, unknown>; text: string };
export type FeedbackRun = { at: string; phase: PhaseNumber; score: number; spofs: string[]; topFindings: string[] };
export type ScenarioRun = { at: string; phase: PhaseNumber; scenario: Scenario; servedShare: number; p99Ms: number | null };

export type SessionState = {
  phase: PhaseNumber;
  chat: ChatMessage[];
  revealedFactIds: string[];
  requirements: Partial<Record<RequirementField, RequirementEntry>>;
  functional: string[];
  estimates: CandidateEstimates;
  design: Design;
  layout: Record<string, { x: number; y: number }>;
  notes: Record<PhaseNumber, NoteEntry>;
  ticks: Record<string, boolean>;
  feedbackRuns: FeedbackRun[];
  scenarioRuns: ScenarioRun[];
  probesAsked: number[];
  /** By probe index: answers given, follow-ups asked, lookFor terms matched. */
  probeReplies: Record<number, ProbeReply>;
  submitted: null | { reason: "manual" | "timeout"; at: string };
  /** Counters the process block and the checklist need, derived in the same pass. */
  stats: {
    questionsAsked: number;
    /** Questions asked before the board first held a component other than the client. */
    questionsBeforeFirstComponent: number;
    firstComponentAt: string | null;
    /** When each phase was entered (phase 1: null, as the session start is not an event). */
    phaseEnteredAt: Record<PhaseNumber, string | null>;
  };
};

export const EMPTY_NOTE_DOC: Record<string, unknown> = { type: "doc", content: [] };

export function emptySessionState(): SessionState {
  const note = (): NoteEntry => ({ doc: EMPTY_NOTE_DOC, text: "" });
  return {
    phase: 1,
    chat: [],
    revealedFactIds: [],
    requirements: {},
    functional: [],
    estimates: {},
    design: { nodes: [], edges: [] },
    layout: {},
    notes: { 1: note(), 2: note(), 3: note(), 4: note() },
    ticks: {},
    feedbackRuns: [],
    scenarioRuns: [],
    probesAsked: [],
    probeReplies: {},
    submitted: null,
    stats: {
      questionsAsked: 0,
      questionsBeforeFirstComponent: 0,
      firstComponentAt: null,
      phaseEnteredAt: { 1: null, 2: null, 3: null, 4: null },
    },
  };
}

/** A component is anything on the board but the client, which a board may place for free. */
export function hasComponent(design: Design): boolean {
  return design.nodes.some((n) => n.kind !== "client");
}

/** Applies one event to a state, returning a new state (the input is not changed). */
export function applyEvent(state: SessionState, event: InterviewEvent): SessionState {
  // A submitted session is final; anything after it (a late retry) changes nothing.
  if (state.submitted) return state;
  switch (event.type) {
    case "question_asked": {
      const stats = { ...state.stats, questionsAsked: state.stats.questionsAsked + 1 };
      if (!state.stats.firstComponentAt) stats.questionsBeforeFirstComponent += 1;
      return {
        ...state,
        stats,
        chat: [...state.chat, { id: event.id, role: "candidate", text: event.payload.text, at: event.at }],
      };
    }
    case "interviewer_replied": {
      const revealed = [...state.revealedFactIds];
      for (const id of event.payload.factIds) if (!revealed.includes(id)) revealed.push(id);
      const message: ChatMessage = { id: event.id, role: "interviewer", text: event.payload.text, at: event.at };
      if (event.payload.factIds.length > 0) message.factIds = [...event.payload.factIds];
      if (event.payload.kind) message.kind = event.payload.kind;
      const { probeIndex } = event.payload;
      let probeReplies = state.probeReplies;
      if (probeIndex !== undefined) {
        message.probeIndex = probeIndex;
        const before = probeReplies[probeIndex] ?? { replies: 0, followUps: 0, acknowledged: 0, matched: [] };
        const matched = [...before.matched];
        for (const term of event.payload.matched ?? []) if (!matched.includes(term)) matched.push(term);
        const isReply = event.payload.kind === "probe-ack" || event.payload.kind === "probe-follow-up" || event.payload.kind === "probe-closed";
        probeReplies = {
          ...probeReplies,
          [probeIndex]: {
            replies: before.replies + (isReply ? 1 : 0),
            followUps: before.followUps + (event.payload.kind === "probe-follow-up" ? 1 : 0),
            acknowledged: before.acknowledged + (event.payload.kind === "probe-ack" ? 1 : 0),
            matched,
          },
        };
      }
      return { ...state, revealedFactIds: revealed, probeReplies, chat: [...state.chat, message] };
    }
    case "probe_asked":
      return {
        ...state,
        probesAsked: state.probesAsked.includes(event.payload.probeIndex)
          ? state.probesAsked
          : [...state.probesAsked, event.payload.probeIndex],
        chat: [...state.chat, { id: event.id, role: "interviewer", text: event.payload.text, at: event.at, probeIndex: event.payload.probeIndex, kind: "probe" }],
      };
    case "requirement_set": {
      const requirements = { ...state.requirements };
      const { field, value, source, factId } = event.payload;
      if (value === null || (Array.isArray(value) && value.length === 0) || value === "") delete requirements[field];
      else requirements[field] = factId === undefined ? { value, source } : { value, source, factId };
      return { ...state, requirements };
    }
    case "functional_set":
      return { ...state, functional: [...event.payload.items] };
    case "estimate_set": {
      const estimates = { ...state.estimates };
      if (event.payload.value === null) delete estimates[event.payload.field];
      else estimates[event.payload.field] = event.payload.value;
      return { ...state, estimates };
    }
    case "design_set": {
      const next = { ...state, design: event.payload.design, layout: event.payload.layout };
      if (!state.stats.firstComponentAt && hasComponent(event.payload.design)) {
        next.stats = { ...state.stats, firstComponentAt: event.at };
      }
      return next;
    }
    case "note_set":
      return {
        ...state,
        notes: { ...state.notes, [event.payload.phase]: { doc: event.payload.doc, text: event.payload.text } },
      };
    case "feedback_requested":
      return {
        ...state,
        feedbackRuns: [...state.feedbackRuns, { at: event.at, ...event.payload, spofs: [...event.payload.spofs], topFindings: [...event.payload.topFindings] }],
      };
    case "scenario_run":
      return { ...state, scenarioRuns: [...state.scenarioRuns, { at: event.at, phase: state.phase, ...event.payload }] };
    case "phase_advanced": {
      // Only forward moves count, so a retried or stale advance is harmless.
      if (event.payload.to <= state.phase) return state;
      return {
        ...state,
        phase: event.payload.to,
        stats: { ...state.stats, phaseEnteredAt: { ...state.stats.phaseEnteredAt, [event.payload.to]: event.at } },
      };
    }
    case "checklist_ticked":
      return { ...state, ticks: { ...state.ticks, [event.payload.itemId]: event.payload.checked } };
    case "submitted":
      return { ...state, submitted: { reason: event.payload.reason, at: event.at } };
    default:
      return state;
  }
}

/**
 * Folds events (in server order) into the session state. With `until`, only events at or
 * before that instant count: that is replay. Events are filtered by time rather than cut at
 * the first later one, because a strict-mode timeout is dated when the band ran out.
 */
export function foldEvents(events: readonly InterviewEvent[], opts?: { until?: Date }): SessionState {
  const limit = opts?.until?.getTime();
  let state = emptySessionState();
  for (const event of events) {
    if (limit !== undefined && Date.parse(event.at) > limit) continue;
    state = applyEvent(state, event);
  }
  return state;
}
