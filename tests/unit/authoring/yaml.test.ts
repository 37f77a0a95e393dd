import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "@/lib/authoring/diff";
import { storedDocument } from "@/lib/authoring/document";
import { exportPromptYaml, importPromptYaml, MAX_IMPORT_BYTES } from "@/lib/authoring/yaml";
import { toYaml, validPrompt } from "../prompts/fixture";

const CONTENT = path.join(import.meta.dirname, "../../../content/prompts");

describe("importPromptYaml", () => {
  it("accepts a valid file", () => {
    const result = importPromptYaml(toYaml(validPrompt()));
    expect(result.ok && result.prompt.slug).toBe("tiny-service");
  });

  it("names every problem by its field path", () => {
    const prompt = validPrompt() as { facts: Record<string, unknown>[]; difficulty: string };
    prompt.difficulty = "trivial";
    prompt.facts[1] = { ...prompt.facts[1], sets: { dailyUsers: 5 } };
    prompt.facts[2] = { ...prompt.facts[2], colour: "red" };
    const result = importPromptYaml(toYaml(prompt));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["difficulty", "facts[1].sets.dailyUsers", "facts[2].colour"]));
  });

  it("names a problem inside the reference design by its path there", () => {
    const prompt = validPrompt() as { referenceDesign: { design: { edges: { from: string; to: string }[] } } };
    prompt.referenceDesign.design.edges.push({ from: "web", to: "nowhere" });
    const result = importPromptYaml(toYaml(prompt));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain("referenceDesign.design.edges[1].to");
  });

  it("refuses text the database cannot store (a YAML escape for NUL or a lone surrogate), naming its field", () => {
    for (const escape of ["\\ud800", "\\udc00 tail", "a\\0b"]) {
      const file = toYaml(validPrompt()).replace(/^title: .*$/m, `title: "${escape}"`);
      const result = importPromptYaml(file);
      expect(result.ok, escape).toBe(false);
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["title"]);
    }
    const paired = toYaml(validPrompt()).replace(/^title: .*$/m, 'title: "\\ud83d\\ude00 fine"');
    expect(importPromptYaml(paired).ok).toBe(true);
  });

  it("reports a YAML syntax error with its line", () => {
    const result = importPromptYaml("slug: a\ntitle: [unclosed\n");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.problems[0].message).toMatch(/line \d+/);
  });

  it("refuses a file larger than the limit before parsing it", () => {
    const result = importPromptYaml(`statement: "${"x".repeat(MAX_IMPORT_BYTES)}"`);
    expect(result.ok ? "" : result.problems[0].message).toMatch(/larger than/);
  });
});

describe("exportPromptYaml", () => {
  it.each(fs.readdirSync(CONTENT).filter((f) => f.endsWith(".yaml")))("round-trips %s with no field changed", (file) => {
    const loaded = importPromptYaml(fs.readFileSync(path.join(CONTENT, file), "utf8"), file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const original = loaded.prompt;
    const again = importPromptYaml(exportPromptYaml(original, false));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(diffDocuments(storedDocument(original), storedDocument(again.prompt))).toEqual([]);
    expect(again.prompt.published).toBe(false);
  });
});
