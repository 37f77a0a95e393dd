import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { translatedPaths } from "@/eslint.i18n.mjs";

// The project's own ESLint configuration, run on snippets placed (virtually) in a translated folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function literalProblems(code: string, filePath = "components/ui/probe.tsx") {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "i18next/no-literal-string");
}

describe("no literal user-facing strings in translated folders", () => {
  it("flags JSX text, readable attributes and words chosen in JSX", async () => {
    expect(await literalProblems(`export function A() { return <p>Hello there</p>; }\n`)).toHaveLength(1);
    expect(await literalProblems(`export function A() { return <button aria-label="Close" type="button" />; }\n`)).toHaveLength(1);
    expect(await literalProblems(`export function A({ on }: { on: boolean }) { return <p>{on ? "On" : "Off"}</p>; }\n`)).toHaveLength(2);
  });

  it("allows translator calls, machine attributes, numbers and punctuation", async () => {
    const code = `import { useTranslations } from "next-intl";
export function A({ n }: { n: number }) {
  const t = useTranslations("ui");
  return <p className="text-sm" id="x">{t("formError")} {t.rich("formError", { b: (c) => <b>{c}</b> })} {n} / 100 · —</p>;
}
`;
    expect(await literalProblems(code)).toEqual([]);
  });

  it("covers the listed folders only (areas join by adding a line to eslint.i18n.mjs)", async () => {
    expect(translatedPaths).toContain("components/ui/**/*.tsx");
    const code = `export function A() { return <p>Hello there</p>; }\n`;
    expect(await literalProblems(code, "components/not-yet-translated/probe.tsx")).toEqual([]);
  });
});
