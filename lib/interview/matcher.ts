import { askPhraseScores } from "./ask-phrases.ts";
import { clauses, sharedInterviewer, understand, type Interviewer } from "./intent/understand.ts";
import { hasHangul } from "./text-normalize.ts";

// The scripted interviewer: which of the prompt's facts does a free-text question ask for?
//
// 1. The question is classified into intent topics (intent/understand.ts) by a model trained
//    on the shared corpus in content/interviewer/: zero topics (unrelated: nothing revealed),
//    one, or several for a question about several things.
// 2. A fact answers a topic when it sets one of the topic's requirement fields
//    (topics.yaml `fields`) or lists the topic in its own `intents`.
// 3. The prompt's own `ask` phrasings add to its facts (ask-phrases.ts): a question that is,
//    near enough, one of a fact's phrasings reveals that fact (ASK_NEAR). A fact tied to no
//    topic (a news feed's friends) is found only this way, with a slightly lower bar
//    (ASK_OWN), since no topic can claim its question.
// 4. The answer is every matched fact's answer, in the prompt's order.

export const ASK_NEAR = 0.97;
export const ASK_OWN = 0.85;

export type MatchFact = {
  id: string;
  ask: readonly string[];
  answer: string;
  sets?: Readonly<Record<string, unknown>>;
  intents?: readonly string[];
};

export type MatchResult = {
  factIds: string[];
  /** The intent topics the question was understood to ask about. */
  topics: string[];
  /** The question's language, so the reply can answer in it. */
  language: "en" | "ko";
  /** A stable number derived from the question, to vary the fallback reply. */
  seed: number;
};

/** The topics a fact answers: by the requirement fields it sets, and by its own `intents`. */
export function factTopics(fact: Pick<MatchFact, "sets" | "intents">, interviewer: Pick<Interviewer, "topics">): string[] {
  const fields = Object.keys(fact.sets ?? {});
  const out = Object.entries(interviewer.topics)
    .filter(([, topic]) => topic.fields.some((field) => fields.includes(field)))
    .map(([id]) => id);
  for (const id of fact.intents ?? []) if (!out.includes(id)) out.push(id);
  return out;
}

function hashString(text: string): number {
  let h = 2166136261;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function matchQuestion(question: string, facts: readonly MatchFact[], interviewer: Interviewer = sharedInterviewer()): MatchResult {
  const { topics } = understand(interviewer, question);
  const chosen = new Set<number>();
  facts.forEach((fact, i) => {
    if (factTopics(fact, interviewer).some((t) => topics.includes(t))) chosen.add(i);
  });
  const ask = askPhraseScores(question, facts, clauses(question));
  ask.forEach((s, i) => {
    const own = factTopics(facts[i], interviewer).length === 0;
    if (s >= ASK_NEAR || (own && s >= ASK_OWN)) chosen.add(i);
  });
  return {
    factIds: [...chosen].sort((a, b) => a - b).map((i) => facts[i].id),
    topics,
    language: hasHangul(question) ? "ko" : "en",
    seed: hashString(question.normalize("NFKC").toLowerCase().trim()),
  };
}

const FALLBACK_REPLIES = {
  en: [
    "That's your call — state an assumption and note it on the requirements sheet.",
    "I don't have a number for that; what would you assume? Write it down so we can revisit it.",
    "Good question, but I'll leave it to you. Make an assumption and say it out loud.",
    "Nothing specific there. Pick a reasonable value as your assumption and put it on the requirements sheet.",
  ],
  ko: [
    "그 부분은 직접 정하셔도 됩니다. 가정을 세우고 요구사항 시트에 적어 주세요.",
    "그에 대한 수치는 따로 없습니다. 어떻게 가정하시겠어요? 적어 두고 나중에 다시 보죠.",
    "좋은 질문이지만 판단은 맡기겠습니다. 가정을 말씀하고 기록해 주세요.",
  ],
} as const;

/** The interviewer's reply: the matched facts' answers, or a natural nudge to assume. */
export function replyFor(match: Pick<MatchResult, "factIds"> & Partial<MatchResult>, facts: readonly Pick<MatchFact, "id" | "answer">[]): string {
  const answers = match.factIds
    .map((id) => facts.find((f) => f.id === id)?.answer)
    .filter((a): a is string => typeof a === "string" && a.length > 0);
  if (answers.length > 0) return answers.join(" ");
  const replies = FALLBACK_REPLIES[match.language ?? "en"];
  return replies[(match.seed ?? 0) % replies.length];
}
