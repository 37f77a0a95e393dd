import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseYaml, zodProblems, type ContentProblem } from "@/lib/content/content-problem";
import { REQUIREMENT_FIELDS } from "@/lib/simulator/schema";

// The interviewer's shared question corpus (content/interviewer/): the intent topics a
// clarifying question can be about, and many ways to ask about each, in English and Korean.
// Validated with zod at load; a bad file throws one error naming the file and the field.

const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const question = z.string().trim().min(1).max(500);

export const TopicsFileSchema = z.strictObject({
  version: z.literal(1),
  topics: z.record(
    z.string().regex(TOPIC_ID, "topic id must be kebab-case"),
    z.strictObject({
      fields: z.array(z.enum(REQUIREMENT_FIELDS)).default([]),
      about: z.string().trim().min(1),
    }),
  ),
});
export type TopicsFile = z.infer<typeof TopicsFileSchema>;

export const LANGUAGES = ["en", "ko"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A corpus line is a question about its list's topic, or `{ q, also: [topic] }` for a question
 * that genuinely asks about one or two more topics as well ("How many requests per second at
 * peak?" is peak *and* traffic): the interviewer must answer all of them, and the eval counts
 * it right only when it does.
 */
const corpusLine = z.union([question, z.strictObject({ q: question, also: z.array(z.string()).min(1).max(2) })]);

export const CorpusFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  topics: z.record(z.string(), z.array(corpusLine).min(1)),
  /** Questions that ask about two or three topics at once, labelled with all of them. */
  several: z.array(z.strictObject({ q: question, topics: z.array(z.string()).min(2).max(3) })).default([]),
  unrelated: z.array(question).default([]),
});
export type CorpusFile = z.infer<typeof CorpusFileSchema>;

export const EvalFileSchema = z.strictObject({
  version: z.literal(1),
  questions: z.array(
    z.strictObject({
      q: question,
      lang: z.enum(LANGUAGES),
      topics: z.array(z.string()).max(3).default([]),
    }),
  ),
});
export type EvalFile = z.infer<typeof EvalFileSchema>;

/**
 * One labelled question: `topic` null means "unrelated: reveals nothing". `also` lists the
 * other topics a question about several asks (empty for most); `several` marks a line of the
 * corpus's `several` list, which the eval splits as a group of its own.
 */
export type Example = { text: string; topic: string | null; language: Language; also?: readonly string[]; several?: true };

/** Every topic an example asks about: its own and the ones it also asks. */
export function exampleTopics(example: Pick<Example, "topic" | "also">): string[] {
  return example.topic === null ? [] : [example.topic, ...(example.also ?? [])];
}

export type Corpus = {
  topics: TopicsFile["topics"];
  examples: Example[];
};

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map((p) => `${p.file}${p.path ? ` ${p.path}` : ""}: ${p.message}`).join("; "));
    this.name = "ContentError";
  }
}

export function parseContent<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const yaml = parseYaml(file, text);
  if (!yaml.ok) throw new ContentError(yaml.problems);
  const parsed = schema.safeParse(yaml.value);
  if (!parsed.success) throw new ContentError(zodProblems(file, parsed.error));
  return parsed.data;
}

/** Topic ids in a corpus or eval file must exist in topics.yaml: a typo is named, not ignored. */
function checkTopicIds(file: string, ids: Iterable<[string, string]>, topics: TopicsFile["topics"]): void {
  const problems: ContentProblem[] = [];
  for (const [where, id] of ids) {
    if (!(id in topics)) problems.push({ file, path: where, message: `unknown topic "${id}"; expected one of: ${Object.keys(topics).join(", ")}` });
  }
  if (problems.length > 0) throw new ContentError(problems);
}

export function defaultCorpusDir(): string {
  return path.join(process.cwd(), "content", "interviewer");
}

export function readTopics(dir: string): TopicsFile {
  const file = path.join(dir, "topics.yaml");
  return parseContent(file, readFileSync(file, "utf8"), TopicsFileSchema);
}

export function readCorpusFile(file: string, topics: TopicsFile["topics"]): CorpusFile {
  const corpus = parseContent(file, readFileSync(file, "utf8"), CorpusFileSchema);
  checkTopicIds(file, Object.keys(corpus.topics).map((id) => [`topics.${id}`, id]), topics);
  const also = Object.entries(corpus.topics).flatMap(([id, lines]) =>
    lines.flatMap((line, i) => (typeof line === "string" ? [] : line.also.map((other, j): [string, string] => [`topics.${id}[${i}].also[${j}]`, other]))),
  );
  checkTopicIds(file, also, topics);
  checkTopicIds(
    file,
    corpus.several.flatMap((line, i) => line.topics.map((id, j): [string, string] => [`several[${i}].topics[${j}]`, id])),
    topics,
  );
  const problems: ContentProblem[] = [];
  for (const [id, lines] of Object.entries(corpus.topics)) {
    lines.forEach((line, i) => {
      if (typeof line !== "string" && (line.also.includes(id) || new Set(line.also).size < line.also.length)) {
        problems.push({ file, path: `topics.${id}[${i}].also`, message: "must name other topics than the list's own, each once" });
      }
    });
  }
  corpus.several.forEach((line, i) => {
    if (new Set(line.topics).size < line.topics.length) problems.push({ file, path: `several[${i}].topics`, message: "must name each topic once" });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return corpus;
}

export function readEvalFile(file: string, topics: TopicsFile["topics"]): EvalFile {
  const evalFile = parseContent(file, readFileSync(file, "utf8"), EvalFileSchema);
  checkTopicIds(
    file,
    evalFile.questions.flatMap((q, i) => q.topics.map((id, j): [string, string] => [`questions[${i}].topics[${j}]`, id])),
    topics,
  );
  return evalFile;
}

/** The corpus files present in `dir/corpus` (one per language). */
export function readCorpus(dir: string = defaultCorpusDir()): Corpus {
  const topics = readTopics(dir).topics;
  const examples: Example[] = [];
  for (const language of LANGUAGES) {
    const file = path.join(dir, "corpus", `${language}.yaml`);
    if (!existsSync(file)) continue; // a language without a corpus file simply has no examples
    const corpus = readCorpusFile(file, topics);
    if (corpus.language !== language) throw new ContentError([{ file, path: "language", message: `must be "${language}" (the file's name)` }]);
    for (const [topic, lines] of Object.entries(corpus.topics)) {
      for (const line of lines) {
        examples.push(typeof line === "string" ? { text: line, topic, language } : { text: line.q, topic, language, also: line.also });
      }
    }
    for (const line of corpus.several) examples.push({ text: line.q, topic: line.topics[0], language, also: line.topics.slice(1), several: true });
    for (const q of corpus.unrelated) examples.push({ text: q, topic: null, language });
  }
  return { topics, examples };
}
