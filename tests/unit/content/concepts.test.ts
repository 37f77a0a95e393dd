import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONCEPT_IDS, SIMULATOR_CONCEPT_IDS, loadConcepts, parseConcept, wordCount } from "@/lib/content/concepts";

const CONCEPTS_DIR = path.join(import.meta.dirname, "../../../content/concepts");
const DESIGN_MD = "/work/shared/DESIGN.md";
const SIMULATOR_DIR = path.join(import.meta.dirname, "../../../lib/simulator");

/** Concept ids written in the simulator's source: `concept: "x"` and `const concept = cond ? "x" : "y"`. */
async function conceptIdsInSimulatorSource(): Promise<Set<string>> {
  const ids = new Set<string>();
  const files = (await readdir(SIMULATOR_DIR, { recursive: true })).filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const text = await readFile(path.join(SIMULATOR_DIR, file), "utf8");
    for (const m of text.matchAll(/concept: "([a-z0-9-]+)"/g)) ids.add(m[1]);
    for (const line of text.split("\n").filter((l) => /\bconst concept =/.test(l))) {
      for (const m of line.matchAll(/"([a-z0-9-]+)"/g)) ids.add(m[1]);
    }
  }
  return ids;
}

describe("content/concepts", () => {
  it("loads every note with zero problems", async () => {
    const { concepts, problems } = await loadConcepts(CONCEPTS_DIR);
    expect(problems).toEqual([]);
    expect(concepts.map((c) => c.id).sort()).toEqual([...CONCEPT_IDS].sort());
  });

  it("has a note for every concept id the simulator may emit", async () => {
    const { concepts } = await loadConcepts(CONCEPTS_DIR);
    const ids = new Set(concepts.map((c) => c.id));
    const missing = SIMULATOR_CONCEPT_IDS.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it("has a note for every concept id written in the simulator's source", async () => {
    const used = await conceptIdsInSimulatorSource();
    // The scan must find something, or a changed coding style would make this test pass vacuously.
    expect(used.has("single-point-of-failure")).toBe(true);
    const known = new Set<string>(CONCEPT_IDS);
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });

  it("keeps SIMULATOR_CONCEPT_IDS in step with DESIGN.md's list, when DESIGN.md is at hand", async () => {
    const design = await readFile(DESIGN_MD, "utf8").catch(() => null);
    // The constant is the source of truth inside the repo; this only guards against drift on machines that have the shared notes.
    if (design === null) return;
    const list = design.slice(design.indexOf("Concepts are stable ids"), design.indexOf("An invalid document"));
    const fromDesign = [...list.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]).filter((id) => id !== "content");
    expect([...SIMULATOR_CONCEPT_IDS].sort()).toEqual([...new Set(fromDesign)].sort());
  });

  it("keeps every note between 150 and 400 words of explanation", async () => {
    const { concepts } = await loadConcepts(CONCEPTS_DIR);
    const outOfRange = concepts
      .map((c) => ({ id: c.id, words: wordCount(c.body) }))
      .filter(({ words }) => words < 150 || words > 400);
    expect(outOfRange).toEqual([]);
  });
});

describe("parseConcept", () => {
  it("reports missing front matter", () => {
    const result = parseConcept("/x/cache.md", "# Cache\nNo front matter here.");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: "/x/cache.md", path: "" });
  });

  it("names a bad front-matter field by its path", () => {
    const result = parseConcept("/x/cache.md", "---\nid: cache\ntitle: Cache\nsumary: typo\n---\nBody text.\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain("summary");
      expect(paths).toContain("sumary");
    }
  });

  it("rejects an id that does not match the file name", () => {
    const result = parseConcept("/x/cache.md", "---\nid: cdn\ntitle: CDN\nsummary: s\n---\nBody.\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: "id" });
  });

  it("reports a YAML syntax error with its line instead of throwing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "concepts-"));
    await writeFile(path.join(dir, "cache.md"), "---\nid: cache\ntitle: [unclosed\nsummary: s\n---\nBody.\n");
    const { concepts, problems } = await loadConcepts(dir);
    expect(concepts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(path.join(dir, "cache.md"));
    expect(problems[0].message).toMatch(/line \d+/);
  });
});
