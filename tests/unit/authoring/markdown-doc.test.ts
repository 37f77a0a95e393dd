import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/components/content/markdown-parse";
import { docToMarkdown, markdownToDoc } from "@/lib/authoring/markdown-doc";
import { importPromptYaml } from "@/lib/authoring/yaml";

const CONTENT = path.join(import.meta.dirname, "../../../content/prompts");

describe("statement Markdown through the rich-text editor", () => {
  it("turns Markdown into Tiptap nodes with marks", () => {
    const doc = markdownToDoc("## Goal\n\nDesign a **fast** and *simple* `cache`.\n\n- one\n- two");
    expect(doc.content?.map((n) => n.type)).toEqual(["heading", "paragraph", "bulletList"]);
    expect(doc.content?.[1].content?.find((n) => n.text === "fast")?.marks).toEqual([{ type: "bold" }]);
    expect(doc.content?.[1].content?.find((n) => n.text === "cache")?.marks).toEqual([{ type: "code" }]);
  });

  it("writes what the editor holds back as the same Markdown structure", () => {
    const markdown = "## Goal\n\nDesign a **fast** and *simple* `cache`.\n\n1. one\n2. two\n\n[link](https://example.com)";
    expect(parseMarkdown(docToMarkdown(markdownToDoc(markdown)))).toEqual(parseMarkdown(markdown));
  });

  it.each(fs.readdirSync(CONTENT).filter((f) => f.endsWith(".yaml")))("round-trips the statement of %s", (file) => {
    const loaded = importPromptYaml(fs.readFileSync(path.join(CONTENT, file), "utf8"));
    if (!loaded.ok) throw new Error(file);
    const statement = loaded.prompt.statement;
    expect(parseMarkdown(docToMarkdown(markdownToDoc(statement)))).toEqual(parseMarkdown(statement));
  });
});
