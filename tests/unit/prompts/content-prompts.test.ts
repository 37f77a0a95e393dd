import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { fullRequirements } from "@/lib/prompts/requirements";
import { REQUIREMENT_FIELDS } from "@/lib/simulator/schema";

const PROMPTS_DIR = path.join(import.meta.dirname, "../../../content/prompts");
const HANGUL = /[\uac00-\ud7a3]/;
const LATIN = /[A-Za-z]/;

const loaded = await loadPromptFiles(PROMPTS_DIR);

describe("content/prompts", () => {
  it("loads every prompt file with zero problems", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.prompts.map((p) => p.slug)).toEqual(expect.arrayContaining(["scale-to-millions", "url-shortener", "news-feed"]));
  });

  describe.each(loaded.prompts.map((p) => [p.slug, p] as const))("%s", (_slug, prompt) => {
    // 15: the slow-work fact (slowWorkMsPerWrite, its own interviewer topic) joined the largest prompts.
    it("has 8-15 facts, some of them key", () => {
      expect(prompt.facts.length).toBeGreaterThanOrEqual(8);
      expect(prompt.facts.length).toBeLessThanOrEqual(15);
      expect(prompt.facts.some((f) => f.key)).toBe(true);
    });

    it("gives every fact several phrasings in English and in Korean", () => {
      const thin = prompt.facts
        .filter((f) => f.ask.length < 3 || !f.ask.some((a) => HANGUL.test(a)) || !f.ask.some((a) => LATIN.test(a)))
        .map((f) => f.id);
      expect(thin).toEqual([]);
    });

    it("fixes every requirement field through its facts", () => {
      const fixed = new Set(prompt.facts.flatMap((f) => Object.keys(f.sets ?? {})));
      expect(REQUIREMENT_FIELDS.filter((field) => !fixed.has(field))).toEqual([]);
    });

    it("builds its reference design for exactly the full requirements", () => {
      expect(prompt.referenceDesign.requirements).toEqual(fullRequirements(prompt));
    });

    it("has 3-5 probes on both phases and the design, and a curveball", () => {
      expect(prompt.probes.length).toBeGreaterThanOrEqual(3);
      expect(prompt.probes.length).toBeLessThanOrEqual(5);
      expect(prompt.probes.some((p) => "phase" in p.when)).toBe(true);
      expect(prompt.probes.some((p) => "missing" in p.when || "has" in p.when)).toBe(true);
      expect(prompt.curveballs.length).toBeGreaterThanOrEqual(1);
    });

    it("lets every curveball change something the candidate could notice", () => {
      const full = fullRequirements(prompt) as Record<string, unknown>;
      for (const curveball of prompt.curveballs) {
        const changed = Object.entries(curveball.sets ?? {}).filter(([field, value]) => JSON.stringify(full[field]) !== JSON.stringify(value));
        expect(changed.length).toBeGreaterThan(0);
      }
    });

    it("gives the reference design failure scenarios to run", () => {
      const kinds = (prompt.referenceDesign.scenarios ?? []).map((s) => s.kind);
      expect(kinds).toContain("baseline");
      expect(kinds).toContain("node_down");
    });
  });
});
