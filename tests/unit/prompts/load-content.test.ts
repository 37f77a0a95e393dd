import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { toYaml, validPrompt } from "./fixture.ts";

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "prompts-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe("loadPromptFiles", () => {
  it("reports a YAML syntax error with file and line, and still loads the good files", async () => {
    const broken = "slug: broken\ntitle: Broken\nfacts:\n  - id: a\n    ask: [unclosed\n    answer: x\n";
    const dir = await dirWith({ "tiny-service.yaml": toYaml(validPrompt()), "b.yaml": broken });
    const { prompts, problems } = await loadPromptFiles(dir);
    expect(prompts.map((p) => p.slug)).toEqual(["tiny-service"]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toBe(path.join(dir, "b.yaml"));
    expect(problems[0].path).toBe("");
    expect(problems[0].message).toMatch(/line [5-7]\b/);
  });

  it("rejects a slug used by two files, naming the second", async () => {
    const dir = await dirWith({ "tiny-service.yaml": toYaml(validPrompt()), "tiny-service.yml": toYaml(validPrompt()) });
    const { prompts, problems } = await loadPromptFiles(dir);
    expect(prompts).toHaveLength(1);
    expect(problems).toEqual([{ file: path.join(dir, "tiny-service.yml"), path: "slug", message: expect.stringContaining("tiny-service.yaml") }]);
  });

  it("rejects a file not named by its slug, so problems and links find it by the slug", async () => {
    const dir = await dirWith({ "tiny.yaml": toYaml(validPrompt()) });
    const { prompts, problems } = await loadPromptFiles(dir);
    expect(prompts).toEqual([]);
    expect(problems).toEqual([{ file: path.join(dir, "tiny.yaml"), path: "slug", message: 'slug "tiny-service" must match the file name ("tiny")' }]);
  });

  it("names file and path for a schema problem", async () => {
    const bad = validPrompt();
    bad.difficulty = "impossible";
    const dir = await dirWith({ "bad.yaml": toYaml(bad), "notes.txt": "ignored" });
    const { prompts, problems } = await loadPromptFiles(dir);
    expect(prompts).toEqual([]);
    expect(problems).toEqual([{ file: path.join(dir, "bad.yaml"), path: "difficulty", message: expect.any(String) }]);
  });

  it("reports a file that is not a mapping instead of throwing", async () => {
    const dir = await dirWith({ "list.yaml": "- just\n- a list\n", "empty.yaml": "" });
    const { prompts, problems } = await loadPromptFiles(dir);
    expect(prompts).toEqual([]);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual(["empty.yaml", "list.yaml"]);
  });
});
