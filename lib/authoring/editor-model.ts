import type { PromptDocument } from "@/lib/prompts/schema";
import type { Design, DesignDocument, Requirements } from "@/lib/simulator/schema";
import { referenceAtFullRequirements } from "./full-requirements.ts";

// What the editor form holds, and how it becomes a prompt document. The form keeps every field
// as typed (empty Korean texts, an unset rubric), and toDocument leaves out what is empty, so a
// prompt saved from the form is exactly a prompt that could have been written as YAML.

export type DraftFact = {
  id: string;
  topic: string;
  ask: string[];
  answer: string;
  sets: Record<string, unknown>;
  intents: string[];
  key: boolean;
  answerKo: string;
};

export type ProbeWhen = { phase: 2 | 3 | 4 } | { missing: string } | { has: string };
export type DraftProbe = { when: ProbeWhen; ask: string; lookFor: string[]; askKo: string };
export type DraftCurveball = { atMinute: number; say: string; sets: Record<string, unknown>; sayKo: string };
export type RubricKey = "problemNavigation" | "solutionDesign" | "technicalExcellence" | "communication";

export type Draft = {
  slug: string;
  title: string;
  titleKo: string;
  summary: string;
  summaryKo: string;
  difficulty: "easy" | "medium" | "hard";
  topics: string[];
  statement: string;
  statementKo: string;
  facts: DraftFact[];
  probes: DraftProbe[];
  curveballs: DraftCurveball[];
  /** null: the default weights. */
  rubric: Partial<Record<RubricKey, number>> | null;
  /** null: the book's default bands. */
  phases: [number, number][] | null;
  /** The reference design's own requirements (those no fact sets, e.g. a latency target). */
  referenceRequirements: Requirements;
  design: Design;
  /** The rest of the reference design document (named scenarios, a process block), kept as loaded. */
  referenceExtra: Record<string, unknown>;
};

export const RUBRIC_KEYS: readonly RubricKey[] = ["problemNavigation", "solutionDesign", "technicalExcellence", "communication"];

export function emptyFact(index: number): DraftFact {
  return { id: `fact-${index + 1}`, topic: "", ask: [], answer: "", sets: {}, intents: [], key: false, answerKo: "" };
}

/** A new prompt: one empty fact and an empty board, to be filled in. */
export function newDraft(): Draft {
  return {
    slug: "",
    title: "",
    titleKo: "",
    summary: "",
    summaryKo: "",
    difficulty: "medium",
    topics: [],
    statement: "",
    statementKo: "",
    facts: [emptyFact(0)],
    probes: [],
    curveballs: [],
    rubric: null,
    phases: null,
    referenceRequirements: {},
    design: { nodes: [], edges: [] },
    referenceExtra: {},
  };
}

export function fromDocument(doc: PromptDocument): Draft {
  const factFields = new Set(doc.facts.flatMap((fact) => Object.keys(fact.sets ?? {})));
  const own = Object.fromEntries(Object.entries(doc.referenceDesign.requirements).filter(([field]) => !factFields.has(field))) as Requirements;
  return {
    slug: doc.slug,
    title: doc.title,
    titleKo: doc.ko?.title ?? "",
    summary: doc.summary,
    summaryKo: doc.ko?.summary ?? "",
    difficulty: doc.difficulty,
    topics: [...doc.topics],
    statement: doc.statement,
    statementKo: doc.ko?.statement ?? "",
    facts: doc.facts.map((fact) => ({
      id: fact.id,
      topic: fact.topic,
      ask: [...fact.ask],
      answer: fact.answer,
      sets: { ...(fact.sets ?? {}) },
      intents: [...(fact.intents ?? [])],
      key: fact.key,
      answerKo: fact.ko?.answer ?? "",
    })),
    probes: doc.probes.map((probe) => ({ when: probe.when, ask: probe.ask, lookFor: [...probe.lookFor], askKo: probe.ko?.ask ?? "" })),
    curveballs: doc.curveballs.map((ball) => ({ atMinute: ball.atMinute, say: ball.say, sets: { ...(ball.sets ?? {}) }, sayKo: ball.ko?.say ?? "" })),
    rubric: doc.rubric ? { ...doc.rubric } : null,
    phases: doc.phases ? doc.phases.map(([a, b]) => [a, b] as [number, number]) : null,
    referenceRequirements: own,
    design: doc.referenceDesign.design,
    referenceExtra: Object.fromEntries(Object.entries(doc.referenceDesign).filter(([key]) => !["version", "requirements", "design"].includes(key))),
  };
}

const nonEmpty = (text: string) => text.trim() !== "";

/** Only the Korean texts that were written; none at all leaves `ko` out. */
function korean(entries: Record<string, string>): Record<string, string> | undefined {
  const kept = Object.entries(entries).filter(([, text]) => nonEmpty(text));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** The requirements the reference design is held to: its own, then every fact's. */
export function referenceRequirements(draft: Pick<Draft, "facts" | "referenceRequirements">): Requirements {
  return { ...draft.referenceRequirements, ...Object.assign({}, ...draft.facts.map((fact) => fact.sets)) } as Requirements;
}

/** The prompt document the form describes, for validation and saving. */
export function toDocument(draft: Draft): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    slug: draft.slug,
    title: draft.title,
    summary: draft.summary,
    difficulty: draft.difficulty,
    topics: draft.topics,
    statement: draft.statement,
    facts: draft.facts.map((fact) => ({
      id: fact.id,
      topic: fact.topic,
      ask: fact.ask,
      answer: fact.answer,
      ...(Object.keys(fact.sets).length > 0 ? { sets: fact.sets } : {}),
      ...(fact.intents.length > 0 ? { intents: fact.intents } : {}),
      key: fact.key,
      ...(korean({ answer: fact.answerKo }) ? { ko: korean({ answer: fact.answerKo }) } : {}),
    })),
    probes: draft.probes.map((probe) => ({
      when: probe.when,
      ask: probe.ask,
      lookFor: probe.lookFor,
      ...(korean({ ask: probe.askKo }) ? { ko: korean({ ask: probe.askKo }) } : {}),
    })),
    curveballs: draft.curveballs.map((ball) => ({
      atMinute: ball.atMinute,
      say: ball.say,
      ...(Object.keys(ball.sets).length > 0 ? { sets: ball.sets } : {}),
      ...(korean({ say: ball.sayKo }) ? { ko: korean({ say: ball.sayKo }) } : {}),
    })),
    referenceDesign: { version: 1, requirements: referenceRequirements(draft), design: draft.design, ...draft.referenceExtra },
  };
  if (draft.rubric && Object.keys(draft.rubric).length > 0) doc.rubric = draft.rubric;
  if (draft.phases) doc.phases = draft.phases;
  const ko = korean({ title: draft.titleKo, summary: draft.summaryKo, statement: draft.statementKo });
  if (ko) doc.ko = ko;
  return doc;
}

/** The reference design as the simulator scores it: against everything the interviewer knows. */
export function referenceForScoring(draft: Draft): DesignDocument {
  return referenceAtFullRequirements(
    draft.facts.map((fact) => ({ sets: fact.sets })),
    { version: 1, requirements: draft.referenceRequirements, design: draft.design, ...draft.referenceExtra } as DesignDocument,
  );
}
