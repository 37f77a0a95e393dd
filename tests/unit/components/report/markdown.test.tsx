// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown } from "@/components/content/markdown";
import { parseInline, parseMarkdown, safeHref } from "@/components/content/markdown-parse";

afterEach(cleanup);

describe("safeHref", () => {
  it.each(["https://example.com/a?b=1", "http://example.com", "/concepts/cache", "cache-eviction", "../x.md", "#top", "?q=1"])("keeps %s", (url) => {
    expect(safeHref(url)).toBe(url);
  });
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x", "data:text/html,<b>", "vbscript:x", "//evil.example", "mailto:a@b.c", ""])(
    "refuses %j",
    (url) => {
      expect(safeHref(url)).toBeNull();
    },
  );
});

describe("parseMarkdown", () => {
  it("splits headings, paragraphs, lists and fenced code", () => {
    const blocks = parseMarkdown("# Title\n\nOne line\nand the next.\n\n- a\n- b\n  continued\n\n3. three\n4. four\n\n```ts\nconst x = 1;\n\n**not bold**\n```\n");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "list", "code"]);
    expect(blocks[1]).toEqual({ type: "paragraph", children: [{ type: "text", text: "One line and the next." }] });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: "a" }], [{ text: "b continued" }]] });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
    expect(blocks[4]).toEqual({ type: "code", lang: "ts", text: "const x = 1;\n\n**not bold**" });
  });

  it("leaves a decimal number at the start of a line as text", () => {
    expect(parseMarkdown("6.9 % is about 6 900")[0].type).toBe("paragraph");
  });

  it("parses nested emphasis and keeps snake_case words and stray markers literal", () => {
    expect(parseInline("**bold *and italic* too** snake_case_word 2 * 3")).toEqual([
      { type: "strong", children: [{ type: "text", text: "bold " }, { type: "em", children: [{ type: "text", text: "and italic" }] }, { type: "text", text: " too" }] },
      { type: "text", text: " snake_case_word 2 * 3" },
    ]);
  });
});

describe("<Markdown>", () => {
  it("renders lists, code and links as elements", () => {
    const source = [
      "## Why",
      "",
      "Read the [cache note](/concepts/cache) and [the primer](https://github.com/donnemartin/system-design-primer).",
      "",
      "1. First *step*",
      "2. Second `step`",
      "",
      "- item with **bold**",
      "",
      "```",
      "<script>alert(1)</script>",
      "```",
    ].join("\n");
    const { container } = render(<Markdown source={source} />);
    expect(screen.getByRole("heading", { level: 3, name: "Why" })).toBeTruthy();
    const lists = screen.getAllByRole("list");
    expect(lists.map((l) => l.tagName)).toEqual(["OL", "UL"]);
    expect(within(lists[0]).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["First step", "Second step"]);
    expect(lists[0].querySelector("em")?.textContent).toBe("step");
    expect(lists[0].querySelector("code")?.textContent).toBe("step");
    expect(lists[1].querySelector("strong")?.textContent).toBe("bold");
    expect(screen.getByRole("link", { name: "cache note" }).getAttribute("href")).toBe("/concepts/cache");
    const external = screen.getByRole("link", { name: "the primer" });
    expect(external.getAttribute("href")).toBe("https://github.com/donnemartin/system-design-primer");
    expect(external.getAttribute("rel")).toBe("noopener noreferrer");
    // Markup in the text stays text.
    expect(container.querySelector("pre code")?.textContent).toBe("<script>alert(1)</script>");
    expect(container.querySelector("script")).toBeNull();
  });

  it("refuses javascript: links, keeping their text", () => {
    const { container } = render(<Markdown source={"[click me](javascript:alert(1)) and [x](JAVASCRIPT:void(0))"} />);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain("click me");
  });

  it("renders every concept note without raw markers left over", async () => {
    const { loadConcepts } = await import("@/lib/content/concepts");
    const path = await import("node:path");
    const { concepts } = await loadConcepts(path.join(process.cwd(), "content/concepts"));
    expect(concepts.length).toBeGreaterThan(10);
    for (const c of concepts) {
      const { container, unmount } = render(<Markdown source={c.body} />);
      expect(container.textContent).not.toMatch(/\*\*|\]\(/);
      unmount();
    }
  });
});
