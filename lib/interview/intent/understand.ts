import { classify, train, type Model, type Scores, type Thresholds } from "./classifier.ts";
import { readCorpus, type Corpus, type Example, type TopicsFile } from "./corpus.ts";

// From a question to the intent topics it asks about: the whole question is classified, and
// so is each clause when it has several ("how many users, and where are they?"), so a question
// about two topics gets both. A clause must clear a stricter bar than a whole question: it is
// shorter, so one shared word moves it further.

export type Understanding = {
  topics: string[];
  /** The whole question's scores, for explanations and the eval's confusions. */
  scores: Scores;
};

export type Interviewer = { model: Model; topics: TopicsFile["topics"] };

export const WHOLE: Thresholds = { accept: 0.3, margin: 0 };
export const CLAUSE: Thresholds = { accept: 0.6, margin: 0 };

// Korean joins nouns with particles on the word ("지연 시간과 가용성"), hence the lookbehind.
const CLAUSE_SPLIT = /\s+(?:and|also|plus|as well as)\s+|[,;&/]|\?\s*(?=\S)|그리고|및|또한|(?<=[\uac00-\ud7a3](?:와|과|랑|하고))\s/giu;

export function clauses(question: string): string[] {
  return question
    .split(CLAUSE_SPLIT)
    .map((c) => c?.trim() ?? "")
    .filter((c) => /[\p{L}\p{N}]/u.test(c));
}

export function understand(interviewer: Interviewer, question: string): Understanding {
  const whole = classify(interviewer.model, question, WHOLE);
  const topics = whole.topic ? [whole.topic] : [];
  const parts = clauses(question);
  if (parts.length > 1) {
    for (const part of parts) {
      const clause = classify(interviewer.model, part, CLAUSE);
      if (clause.topic && !topics.includes(clause.topic)) topics.push(clause.topic);
    }
  }
  return { topics, scores: whole.scores };
}

export function buildInterviewer(corpus: Pick<Corpus, "topics">, examples: readonly Example[]): Interviewer {
  return { model: train(examples), topics: corpus.topics };
}

let shared: Interviewer | undefined;

/** The interviewer trained on the whole shared corpus: loaded, validated and indexed once per process. */
export function sharedInterviewer(): Interviewer {
  if (!shared) {
    const corpus = readCorpus();
    shared = buildInterviewer(corpus, corpus.examples);
  }
  return shared;
}
