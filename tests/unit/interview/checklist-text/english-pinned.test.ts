import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judgedSessions } from "./sessions";

// The checklist's English explanations are a contract (stored reports, the Markdown export and
// tests read them). english-pinned.json was written from checklist-rules.ts before its words
// moved into content/messages; rendering the keys with the English catalogue must give the same
// bytes. Regenerate only on purpose: PIN_CHECKLIST_ENGLISH=1.
const FILE = path.join(import.meta.dirname, "english-pinned.json");

describe("the checklist's English explanations", () => {
  it("are byte-identical to the pinned ones for every representative session", async () => {
    const now = Object.fromEntries(judgedSessions().map((j) => [`${j.name} ${j.rule}${j.phase ? ` p${j.phase}` : ""}`, `${j.result.status}: ${j.result.explanation}`]));
    if (process.env.PIN_CHECKLIST_ENGLISH === "1") await writeFile(FILE, `${JSON.stringify(now, null, 1)}\n`);
    const pinned = JSON.parse(await readFile(FILE, "utf8")) as Record<string, string>;
    expect(Object.keys(now).length).toBeGreaterThan(500);
    expect(now).toEqual(pinned);
  });

  it("reach every distinct sentence shape (met, pending and unmet of every rule)", () => {
    const statuses = new Set(judgedSessions().map((j) => `${j.rule} ${j.result.status}`));
    for (const shape of ["asked-before-drawing met", "asked-before-drawing unmet", "asked-before-drawing pending", "phase-in-band met", "phase-in-band unmet", "phase-in-band pending", "high-level-before-deep-dive unmet", "high-level-before-deep-dive met"]) {
      expect(statuses, shape).toContain(shape);
    }
  });
});
