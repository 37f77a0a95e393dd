import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/content/messages/en.json";
import ko from "@/content/messages/ko.json";

/** Every message of a catalogue by its dotted key (next-intl's addressing). */
function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument and tag names a message uses: both languages must take the same values. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

const catalogues = { en: flatten(en), ko: flatten(ko) };

describe("message catalogues", () => {
  it("English and Korean hold exactly the same keys", () => {
    const enKeys = [...catalogues.en.keys()];
    const koKeys = [...catalogues.ko.keys()];
    expect(enKeys.filter((k) => !catalogues.ko.has(k)), "keys missing in ko.json").toEqual([]);
    expect(koKeys.filter((k) => !catalogues.en.has(k)), "keys missing in en.json").toEqual([]);
  });

  it("every message is valid ICU and both languages use the same placeholders", () => {
    const problems: string[] = [];
    for (const [key, english] of catalogues.en) {
      const korean = catalogues.ko.get(key);
      if (korean === undefined) continue;
      try {
        const a = [...placeholders(parse(english))].sort();
        const b = [...placeholders(parse(korean))].sort();
        if (a.join() !== b.join()) problems.push(`${key}: en {${a.join(", ")}} ≠ ko {${b.join(", ")}}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no message is empty", () => {
    const empty = [...catalogues.en, ...catalogues.ko].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  // The checks above must be able to fail: a broken plural and a renamed argument are caught.
  it("catches invalid ICU and mismatched placeholders", () => {
    expect(() => parse("{count, plural, one {# node}")).toThrow();
    expect([...placeholders(parse("{count, plural, one {# node} other {# nodes}} in <b>{name}</b>"))].sort()).toEqual(["<b>", "count", "name"]);
    expect([...placeholders(parse("{n}개 노드"))]).not.toEqual([...placeholders(parse("{count} nodes"))]);
  });
});
