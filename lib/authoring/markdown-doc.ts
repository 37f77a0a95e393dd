import type { Block, Inline } from "@/components/content/markdown-parse";
import { parseMarkdown } from "@/components/content/markdown-parse";

// The statement is stored as Markdown (the format of content/prompts) and edited in Tiptap.
// These two functions translate the Markdown subset the app renders (headings, paragraphs,
// lists, code blocks, bold, italic, inline code, links) to a Tiptap document and back, so a
// statement survives a round trip through the editor unchanged.

export type TiptapMark = { type: string; attrs?: Record<string, unknown> };
export type TiptapNode = { type: string; attrs?: Record<string, unknown>; content?: TiptapNode[]; text?: string; marks?: TiptapMark[] };

function inlineNodes(inlines: readonly Inline[], marks: TiptapMark[] = []): TiptapNode[] {
  return inlines.flatMap((inline): TiptapNode[] => {
    switch (inline.type) {
      case "text":
        return inline.text === "" ? [] : [{ type: "text", text: inline.text, ...(marks.length > 0 ? { marks } : {}) }];
      case "code":
        return [{ type: "text", text: inline.text, marks: [...marks, { type: "code" }] }];
      case "strong":
        return inlineNodes(inline.children, [...marks, { type: "bold" }]);
      case "em":
        return inlineNodes(inline.children, [...marks, { type: "italic" }]);
      case "link":
        return inlineNodes(inline.children, [...marks, { type: "link", attrs: { href: inline.href } }]);
    }
  });
}

const paragraph = (inlines: readonly Inline[]): TiptapNode => {
  const content = inlineNodes(inlines);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
};

function blockNode(block: Block): TiptapNode {
  switch (block.type) {
    case "heading":
      return { type: "heading", attrs: { level: block.level }, content: inlineNodes(block.children) };
    case "paragraph":
      return paragraph(block.children);
    case "list":
      return {
        type: block.ordered ? "orderedList" : "bulletList",
        ...(block.ordered ? { attrs: { start: block.start } } : {}),
        content: block.items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
      };
    case "code":
      return { type: "codeBlock", attrs: { language: block.lang }, content: block.text ? [{ type: "text", text: block.text }] : [] };
  }
}

export function markdownToDoc(markdown: string): TiptapNode {
  const content = parseMarkdown(markdown).map(blockNode);
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

const escapeText = (text: string) => text.replace(/([\\`*_[\]])/g, "\\$1");

function markedText(node: TiptapNode): string {
  const marks = node.marks ?? [];
  const code = marks.some((m) => m.type === "code");
  let text = code ? `\`${node.text ?? ""}\`` : escapeText(node.text ?? "");
  if (marks.some((m) => m.type === "italic")) text = `*${text}*`;
  if (marks.some((m) => m.type === "bold")) text = `**${text}**`;
  const link = marks.find((m) => m.type === "link");
  if (link) text = `[${text}](${String(link.attrs?.href ?? "")})`;
  return text;
}

function inlineMarkdown(nodes: readonly TiptapNode[] = []): string {
  return nodes.map((node) => (node.type === "text" ? markedText(node) : node.type === "hardBreak" ? " " : inlineMarkdown(node.content))).join("");
}

function blockMarkdown(node: TiptapNode): string {
  switch (node.type) {
    case "heading":
      return `${"#".repeat(Number(node.attrs?.level ?? 2))} ${inlineMarkdown(node.content)}`;
    case "bulletList":
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return (node.content ?? [])
        .map((item, i) => {
          const text = (item.content ?? []).map((child) => (child.type === "paragraph" ? inlineMarkdown(child.content) : blockMarkdown(child))).join(" ");
          return node.type === "orderedList" ? `${start + i}. ${text}` : `- ${text}`;
        })
        .join("\n");
    }
    case "codeBlock":
      return `\`\`\`${String(node.attrs?.language ?? "")}\n${(node.content ?? []).map((c) => c.text ?? "").join("")}\n\`\`\``;
    case "blockquote":
      return (node.content ?? []).map(blockMarkdown).join("\n\n");
    default:
      return inlineMarkdown(node.content);
  }
}

export function docToMarkdown(doc: TiptapNode): string {
  return (doc.content ?? [])
    .map(blockMarkdown)
    .filter((block) => block.trim() !== "")
    .join("\n\n");
}
