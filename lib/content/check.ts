import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError, readCorpusFile, readEvalFile, readTopics, type TopicsFile } from "@/lib/interview/intent/corpus";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { validateDesignDocument } from "@/lib/simulator/validate";
import { loadChecklists } from "./checklists.ts";
import { checkConceptTranslations } from "./concept-translations.ts";
import { loadConcepts } from "./concepts.ts";
import type { ContentProblem } from "./content-problem.ts";
import { listContentFiles, readContentFile } from "./content-files.ts";
import { loadExpertDesigns } from "./expert-designs.ts";

/**
 * Validates every file under a content folder (`content/` by default) with the same loaders
 * the app uses, plus the links between files the loaders cannot see alone: a fact's intents
 * must be topics of the interviewer, an expert design must name a prompt that exists. Never throws for bad content: every problem names its file and field.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file);
  const add = (list: ContentProblem[], dir?: string) =>
    problems.push(...list.map((p) => ({ ...p, file: rel(dir && !path.isAbsolute(p.file) ? path.join(dir, p.file) : p.file) })));

  const prompts = await loadPromptFiles(path.join(root, "prompts"));
  add(prompts.problems);
  add((await loadChecklists(path.join(root, "checklists"))).problems);
  add((await loadConcepts(path.join(root, "concepts"))).problems);
  add(await checkConceptTranslations(path.join(root, "concepts")));

  const topics = checkInterviewer(path.join(root, "interviewer"), add);
  if (topics) {
    for (const prompt of prompts.prompts) {
      const file = path.join(root, "prompts", `${prompt.slug}.yaml`);
      prompt.facts.forEach((fact, i) =>
        (fact.intents ?? []).forEach((intent, j) => {
          if (!(intent in topics)) problems.push({ file: rel(file), path: `facts[${i}].intents[${j}]`, message: `unknown intent topic "${intent}"; expected one of: ${Object.keys(topics).join(", ")}` });
        }),
      );
    }
  }

  const expertDir = path.join(root, "designs", "expert");
  if (existsSync(expertDir)) {
    const expert = await loadExpertDesigns(expertDir);
    add(expert.problems, expertDir);
    const bySlug = new Map(prompts.prompts.map((p) => [p.slug, p]));
    for (const design of expert.designs) {
      const file = rel(path.join(expertDir, design.file));
      if (design.prompt === "none") continue;
      if (!bySlug.has(design.prompt)) {
        problems.push({ file, path: "prompt", message: `no prompt "${design.prompt}" in prompts/ (use "none" for a design with its own requirements)` });
      }
    }
  }

  const designsDir = path.join(root, "designs");
  if (existsSync(designsDir)) {
    for (const file of await listContentFiles(designsDir, [".json"])) {
      let input: unknown;
      try {
        input = JSON.parse(await readContentFile(file));
      } catch (error) {
        problems.push({ file: rel(file), path: "", message: `invalid JSON: ${(error as Error).message}` });
        continue;
      }
      const result = validateDesignDocument(input);
      if (!result.ok) problems.push(...result.problems.map((p) => ({ file: rel(file), path: p.path === "(document)" ? "" : p.path, message: p.message })));
    }
  }
  return problems;
}

/** topics.yaml, the corpus per language and the eval set; returns the topics when they load. */
function checkInterviewer(dir: string, add: (list: ContentProblem[]) => void): TopicsFile["topics"] | null {
  const guard = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ContentError) add(error.problems);
      else add([{ file: dir, path: "", message: String(error) }]);
      return null;
    }
  };
  const topics = guard(() => readTopics(dir).topics);
  if (!topics) return null;
  const corpusDir = path.join(dir, "corpus");
  if (existsSync(corpusDir)) {
    for (const name of ["en.yaml", "ko.yaml"]) {
      const file = path.join(corpusDir, name);
      if (existsSync(file)) guard(() => readCorpusFile(file, topics));
    }
  }
  const evalFile = path.join(dir, "eval", "independent.yaml");
  if (existsSync(evalFile)) guard(() => readEvalFile(evalFile, topics));
  return topics;
}

/** One line per problem: `prompts/rate-limiter.yaml facts[2].sets.dailyUsers: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.path ? ` ${p.path}` : ""}: ${p.message}`).join("\n");
}
