import { replyFor } from "@/lib/interview/matcher";
import { afterLead, matchAsOurs, modelProducts } from "@/lib/interview/modelled-on";
import type { Fact } from "@/lib/prompts/schema";

export type WhichFactAnswer = {
  /** The facts the interviewer would reveal, in the prompt's order. */
  facts: { id: string; topic: string; answer: string; answerKo: string | null; sets: string[] }[];
  /** The reply the interview's matcher builds from them (its fallback when none matches). */
  reply: string;
  /** The intent topics the question was understood to be about. */
  topics: string[];
  language: "en" | "ko";
};

type MatchableFact = Pick<Fact, "id" | "topic" | "ask" | "answer" | "sets" | "intents"> & { ko?: { answer?: string } };

/**
 * "Which fact answers this?": the interview's own matcher on the facts being edited (saved or
 * not), so an instructor sees what a candidate asking this would get before publishing.
 */
export function whichFact(question: string, facts: readonly MatchableFact[], about: { statement?: string; summary?: string } = {}): WhichFactAnswer {
  const products = modelProducts([about.statement, about.summary]);
  const { match, lead } = matchAsOurs(question, facts, products);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return {
    facts: match.factIds.flatMap((id) => {
      const fact = byId.get(id);
      return fact ? [{ id, topic: fact.topic, answer: fact.answer, answerKo: fact.ko?.answer ?? null, sets: Object.keys(fact.sets ?? {}) }] : [];
    }),
    reply: afterLead(lead, replyFor(match, facts)),
    topics: match.topics,
    language: match.language,
  };
}
