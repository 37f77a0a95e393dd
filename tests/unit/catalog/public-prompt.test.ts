import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toPublicPrompt } from "@/components/catalogue/public-prompt";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import type { PromptDocument } from "@/lib/prompts/schema";

let prompts: PromptDocument[];

beforeAll(async () => {
  const loaded = await loadPromptFiles(path.join(process.cwd(), "content/prompts"));
  expect(loaded.problems).toEqual([]);
  prompts = loaded.prompts;
  expect(prompts.length).toBeGreaterThan(0);
});

/** Every secret string of a prompt that is long enough not to appear by chance in public text. */
function secrets(doc: PromptDocument): string[] {
  return [
    ...doc.facts.map((f) => f.answer),
    ...doc.probes.map((p) => p.ask),
    ...doc.curveballs.map((c) => c.say),
    JSON.stringify(doc.referenceDesign.design),
  ];
}

describe("toPublicPrompt", () => {
  it("keeps the statement and catalogue fields and none of the interviewer's secrets", () => {
    for (const doc of prompts) {
      const view = toPublicPrompt(doc);
      expect(Object.keys(view).sort()).toEqual(["difficulty", "phases", "slug", "statement", "summary", "title", "topics"]);
      expect(view.statement).toBe(doc.statement);
      expect(view.topics).toEqual(doc.topics);
      const json = JSON.stringify(view);
      for (const secret of secrets(doc)) expect(json).not.toContain(secret);
      for (const key of ["facts", "probes", "curveballs", "referenceDesign", "rubric"]) expect(json).not.toContain(`"${key}"`);
    }
  });

  it("uses the default bands when the prompt has none", () => {
    const doc = { ...prompts[0], phases: undefined };
    const bands = toPublicPrompt(doc).phases.map((p) => [p.minMinutes, p.maxMinutes]);
    expect(bands).toEqual(DEFAULT_PHASE_BANDS_MINUTES.map(([a, b]) => [a, b]));
  });

  it("uses the prompt's own bands when it has them", () => {
    const own: PromptDocument["phases"] = [
      [5, 8],
      [12, 14],
      [15, 20],
      [2, 4],
    ];
    const view = toPublicPrompt({ ...prompts[0], phases: own });
    expect(view.phases.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(view.phases.map((p) => [p.minMinutes, p.maxMinutes])).toEqual(own);
  });
});
