import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/content/messages/en.json";
import ko from "@/content/messages/ko.json";
import { formatText, messageSource, textKeys } from "@/lib/simulator/text";
import { judgedSessions } from "./sessions";

/** The argument names a message uses, in plural/select branches too. */
function argumentsOf(source: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag) out.add(el.value);
      if ("options" in el) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(source, { ignoreTag: true }));
  return [...out].sort();
}

function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

describe("the checklist's words in content/messages", () => {
  it("every checklistRules key has the same arguments in English and Korean", () => {
    const enLeaves = leaves(en.checklistRules, "checklistRules");
    const koLeaves = new Map(leaves(ko.checklistRules, "checklistRules"));
    expect([...koLeaves.keys()].sort()).toEqual(enLeaves.map(([k]) => k).sort());
    const mismatched = enLeaves.filter(([k, source]) => JSON.stringify(argumentsOf(source)) !== JSON.stringify(argumentsOf(koLeaves.get(k)!))).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("every explanation of every representative session renders its English field and formats in Korean", () => {
    const problems: string[] = [];
    const used = new Set<string>();
    for (const { name, rule, result } of judgedSessions()) {
      const t = result.explanationText;
      textKeys(t).forEach((k) => used.add(k));
      if (formatText(t, "en") !== result.explanation) problems.push(`${name} ${rule}: English differs`);
      const korean = formatText(t, "ko");
      if (korean.includes("{") || korean.trim() === "" || /[a-z]{4,}/.test(korean.replace(/"[^"]*"|\([^)]*\)/g, ""))) problems.push(`${name} ${rule}: ${korean}`);
    }
    expect(problems).toEqual([]);
    // Keys the sessions do not reach still have to parse and format in Korean.
    const unreached = leaves(en.checklistRules, "checklistRules").filter(([k]) => !used.has(k));
    expect(unreached.map(([k]) => k).length).toBeLessThan(6);
    for (const [k] of unreached) expect(messageSource(k, "ko"), k).toBeTruthy();
  });

  it("reads naturally in Korean for a few numbers", () => {
    const ko1 = judgedSessions().find((j) => j.rule === "feedback-in-phase-2" && j.result.status === "met")!;
    expect(formatText(ko1.result.explanationText, "ko")).toMatch(/번 요청했습니다\.$/);
    const within = judgedSessions().find((j) => j.rule === "phase-in-band" && j.result.explanation.startsWith("Phase 2 took 12 minutes"))!;
    expect(formatText(within.result.explanationText, "ko")).toBe("2단계에 12분이 걸려 권장 10–15분 안에 들었습니다.");
  });
});
