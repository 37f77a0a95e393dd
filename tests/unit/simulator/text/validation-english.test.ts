import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatText, messageSource, textKeys } from "@/lib/simulator/text";
import { englishProblems, validationCorpus } from "./validation-corpus";

// The problems of an invalid design are read in English by the CLI, the content checks and
// API consumers. validation-english-before-keys.json was written from the validator before its
// words moved into content/messages; the English must stay byte-identical, and each problem
// must now carry a text that Korean readers get in Korean.

const corpus = validationCorpus();

describe("the problems of an invalid design document", () => {
  it("say byte-identical English to before the message keys", async () => {
    const before = JSON.parse(await readFile(path.join(import.meta.dirname, "validation-english-before-keys.json"), "utf8"));
    const now = Object.fromEntries(Object.entries(corpus).map(([name, problems]) => [name, englishProblems(problems)]));
    expect(now).toEqual(before);
  });

  const all = Object.values(corpus).flat();

  it("each carry a text whose keys both catalogues hold", () => {
    for (const problem of all) {
      for (const key of textKeys(problem.text)) {
        expect(messageSource(key, "en"), key).toBeTypeOf("string");
        expect(messageSource(key, "ko"), key).toBeTypeOf("string");
      }
    }
  });

  it("render their own English from the simulator's text, and something else in Korean", () => {
    const own = all.filter((p) => p.text.key.startsWith("simulator.validation."));
    // Every simulator.validation key: the corpus raises each, the schema refinements' two among them.
    expect(new Set(own.map((p) => p.text.key)).size).toBe(16);
    for (const problem of own) {
      expect(formatText(problem.text, "en")).toBe(problem.message);
      const korean = formatText(problem.text, "ko");
      expect(korean, problem.message).not.toBe(problem.message);
      expect(korean, problem.message).toMatch(/[\uac00-\ud7a3]/);
    }
  });
});
