import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { beforeAll, describe, expect, it } from "vitest";
import en from "@/content/messages/en.json";
import ko from "@/content/messages/ko.json";
import { KIND_CATALOG } from "@/lib/simulator/catalog.ts";
import { ReportSchema, type Report } from "@/lib/simulator/schema.ts";
import { KIND_SEMANTICS } from "@/lib/simulator/semantics.ts";
import { formatText, messageSource, textKeys, type Text } from "@/lib/simulator/text.ts";
import { corpusReports } from "./corpus";

/** Every text a report carries, with the English field it must equal. */
function textsOf(r: Report): { text: Text; english: string | number | string[] }[] {
  return [
    ...r.findings.map((f) => ({ text: f.text!, english: f.message })),
    ...r.scenarios.map((s) => ({ text: s.summaryText!, english: s.summary })),
    ...r.score.criteria.flatMap((c) => [{ text: c.labelText!, english: c.label }, { text: c.evidenceText!, english: c.evidence }]),
    ...(r.score.gates ?? []).map((g) => ({ text: g.text!, english: g.message })),
    ...(r.score.flaws ?? []).map((g) => ({ text: g.text!, english: g.message })),
    ...r.unmetRequirements.filter((u) => u.actualText).map((u) => ({ text: u.actualText!, english: u.actual })),
  ];
}

/** The argument names a message uses, in plural/select branches too. */
function argumentsOf(source: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag) out.add(el.value);
      if ("options" in el) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(source, { ignoreTag: true }));
  return [...out].sort();
}

function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

let reports: { name: string; report: Report }[] = [];
beforeAll(async () => {
  reports = await corpusReports();
}, 300_000);

describe("the simulator's words in content/messages", () => {
  it("every simulator key has the same arguments in English and Korean", () => {
    const enLeaves = leaves(en.simulator, "simulator");
    const koLeaves = new Map(leaves(ko.simulator, "simulator"));
    expect([...koLeaves.keys()].sort()).toEqual(enLeaves.map(([k]) => k).sort());
    const mismatched = enLeaves.filter(([k, source]) => JSON.stringify(argumentsOf(source)) !== JSON.stringify(argumentsOf(koLeaves.get(k)!))).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("every text of every corpus report validates, renders its English field and formats in Korean", () => {
    const problems: string[] = [];
    let count = 0;
    for (const { name, report } of reports) {
      expect(ReportSchema.safeParse(report).success).toBe(true);
      for (const { text, english } of textsOf(report)) {
        count++;
        if (!text) {
          problems.push(`${name}: a field without text (${String(english).slice(0, 60)})`);
          continue;
        }
        const missing = textKeys(text).filter((k) => messageSource(k, "en") === undefined || messageSource(k, "ko") === undefined);
        if (missing.length > 0) problems.push(`${name}: no message for ${missing.join(", ")}`);
        else {
          if (formatText(text, "en") !== english) problems.push(`${name}: ${text.key} renders differently from its English field`);
          try {
            const korean = formatText(text, "ko");
            if (korean.includes("{") || korean.trim() === "") problems.push(`${name}: ${text.key} left a placeholder in Korean: ${korean}`);
          } catch (error) {
            problems.push(`${name}: ${text.key} fails in Korean: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  it("the corpus emits every finding id the simulator has a message for", () => {
    const emitted = new Set(reports.flatMap((r) => r.report.findings.map((f) => f.text!.key)));
    // Findings no corpus design triggers are still covered by the argument test above.
    expect(emitted.size).toBeGreaterThanOrEqual(12);
  });

  it("keeps the kind words the simulator documents (semantics.ts, catalog.ts) as the English messages", () => {
    for (const [kind, s] of Object.entries(KIND_SEMANTICS)) expect(en.simulator.kindSummaries[kind as keyof typeof en.simulator.kindSummaries]).toBe(s.summary);
    for (const [kind, k] of Object.entries(KIND_CATALOG)) expect(en.simulator.kindLabels[kind as keyof typeof en.simulator.kindLabels]).toBe(k.label);
  });

  it("formats numbers for the reader: grouping and no space before % in Korean", () => {
    const t: Text = { key: "simulator.findings.highUtilization", params: { id: "db", percent: 85.3, offered: 12000, capacity: 14000, targetPercent: 70 } };
    expect(formatText(t, "en")).toBe("db runs at 85.3 % at peak (12,000 of 14,000 rps); above 70.0 % queues grow fast and a spike saturates it.");
    expect(formatText(t, "ko")).toContain("85.3%");
    expect(formatText(t, "ko")).toContain("14,000 rps");
  });
});
