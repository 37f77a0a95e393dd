import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKLIST_RULE_IDS, loadChecklists } from "@/lib/content/checklists";

const CHECKLISTS_DIR = path.join(import.meta.dirname, "../../../content/checklists");

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "checklists-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe("content/checklists", () => {
  it("loads the four phases with zero problems", async () => {
    const { checklists, problems } = await loadChecklists(CHECKLISTS_DIR);
    expect(problems).toEqual([]);
    expect(checklists.map((c) => c.phase)).toEqual([1, 2, 3, 4]);
  });

  it("has both do's and don'ts in every phase", async () => {
    const { checklists } = await loadChecklists(CHECKLISTS_DIR);
    for (const checklist of checklists) {
      const kinds = new Set(checklist.items.map((item) => item.kind));
      expect([checklist.phase, [...kinds].sort()]).toEqual([checklist.phase, ["do", "dont"]]);
    }
  });

  it("uses only rule ids the interview can decide, and uses every one of them somewhere", async () => {
    const { checklists } = await loadChecklists(CHECKLISTS_DIR);
    const used = checklists.flatMap((c) => c.items.flatMap((item) => (item.rule ? [item.rule] : [])));
    for (const rule of used) expect(CHECKLIST_RULE_IDS).toContain(rule);
    expect([...new Set(used)].sort()).toEqual([...CHECKLIST_RULE_IDS].sort());
  });

  it("has a Korean title, text and why for every phase and item (issue 13)", async () => {
    const { checklists } = await loadChecklists(CHECKLISTS_DIR);
    expect(checklists.filter((c) => !c.ko?.title).map((c) => c.phase)).toEqual([]);
    const missing = checklists.flatMap((c) => c.items.filter((i) => !i.ko?.text || !i.ko?.why).map((i) => i.id));
    expect(missing).toEqual([]);
    // Korean, not a copy of the English.
    for (const item of checklists.flatMap((c) => c.items)) expect(item.ko!.text).toMatch(/[가-힣]/);
  });

  it("rejects an unknown field inside ko", async () => {
    const dir = await dirWith({ "phase-1.yaml": "phase: 1\ntitle: T\nitems:\n  - id: a\n    kind: do\n    text: x\n    why: y\n    ko:\n      text: 가\n      why: 나\n      extra: 다\n" });
    const { problems } = await loadChecklists(dir);
    expect(problems.map((p) => p.path)).toEqual(["items[0].ko.extra"]);
  });

  it("gives every item an id unique across phases", async () => {
    const { checklists } = await loadChecklists(CHECKLISTS_DIR);
    const ids = checklists.flatMap((c) => c.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("loadChecklists problems", () => {
  const item = "  - { id: a, kind: do, text: t, why: w }\n";

  it("names file and path for an unknown rule", async () => {
    const dir = await dirWith({ "phase-1.yaml": `phase: 1\ntitle: T\nitems:\n  - { id: a, kind: do, text: t, why: w, rule: made-up }\n` });
    const { problems } = await loadChecklists(dir);
    expect(problems).toEqual([expect.objectContaining({ file: path.join(dir, "phase-1.yaml"), path: "items[0].rule" })]);
  });

  it("names a bad kind and an unknown field", async () => {
    const dir = await dirWith({ "phase-2.yaml": `phase: 2\ntitle: T\nitems:\n  - { id: a, kind: maybe, text: t, why: w, note: x }\n` });
    const { problems } = await loadChecklists(dir);
    expect(problems.map((p) => p.path).sort()).toEqual(["items[0].kind", "items[0].note"]);
  });

  it("reports YAML syntax errors with a line number and keeps loading the other files", async () => {
    const dir = await dirWith({
      "phase-1.yaml": "phase: 1\ntitle: T\nitems:\n" + item,
      "phase-2.yaml": "phase: 2\ntitle: [broken\n",
    });
    const { checklists, problems } = await loadChecklists(dir);
    expect(checklists.map((c) => c.phase)).toEqual([1]);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(path.join(dir, "phase-2.yaml"));
    expect(problems[0].message).toMatch(/line \d+/);
  });

  it("rejects an item id reused in another phase and a file named for another phase", async () => {
    const dir = await dirWith({
      "phase-1.yaml": "phase: 1\ntitle: T\nitems:\n" + item,
      "phase-2.yaml": "phase: 2\ntitle: T\nitems:\n" + item,
      "phase-3.yaml": "phase: 4\ntitle: T\nitems:\n  - { id: b, kind: dont, text: t, why: w }\n",
    });
    const { checklists, problems } = await loadChecklists(dir);
    expect(checklists.map((c) => c.phase)).toEqual([1]);
    expect(problems.map((p) => [path.basename(p.file), p.path])).toEqual([
      ["phase-2.yaml", "items[0].id"],
      ["phase-3.yaml", "phase"],
    ]);
  });
});
