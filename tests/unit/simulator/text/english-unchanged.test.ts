import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusReports, englishText } from "./corpus";

// The report's English fields are a contract (the CLI, API consumers and stored reports read
// them). english-before-keys.json was written from the simulator before its words moved into
// content/messages; rendering the keys with the English catalogue must give the same bytes.
let before: Record<string, ReturnType<typeof englishText>> = {};
let now: { name: string; text: ReturnType<typeof englishText> }[] = [];

beforeAll(async () => {
  before = JSON.parse(await readFile(path.join(import.meta.dirname, "english-before-keys.json"), "utf8"));
  now = (await corpusReports()).map((r) => ({ name: r.name, text: englishText(r.report) }));
}, 300_000);

describe("the English of every corpus report", () => {
  it("covers the whole corpus", () => {
    expect(now.map((r) => r.name).sort()).toEqual(Object.keys(before).sort());
    expect(now.length).toBeGreaterThan(40);
  });

  for (const part of ["findings", "scenarios", "criteria", "gates", "flaws", "unmet"] as const) {
    it(`${part}: byte-identical to before the message keys`, () => {
      const diffs = now.flatMap((r) => {
        const was = before[r.name][part];
        const is = r.text[part];
        return was.length === is.length && was.every((x, i) => x === is[i]) ? [] : [{ name: r.name, was, is }];
      });
      expect(diffs).toEqual([]);
    });
  }
});
