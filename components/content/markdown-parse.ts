// A small Markdown subset for the concept notes and prompt statements, parsed to a tree that is
// rendered as React elements: the text is never handed to the browser as HTML, so a note cannot
// inject markup or script. Supported: ATX headings, paragraphs, "-"/"*"/"+" and "1." lists,
// fenced code blocks, **bold**, *italic*, `code` and [links](url) to relative or http(s) URLs.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] };

export type Block =
  | { type: "heading"; level: number; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Inline[][] }
  | { type: "code"; lang: string | null; text: string };

const FENCE = /^\s{0,3}(```|~~~)\s*([\w+-]*)\s*$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;

/**
 * The href to use, or null when the URL is not safe to follow: only http(s) and relative URLs
 * (path, query or fragment) pass; any other scheme (javascript:, data:, vbscript: ...) and
 * protocol-relative "//host" URLs are refused. Control characters and whitespace are dropped
 * first, as browsers do, so "java\tscript:" is caught too.
 */
export function safeHref(raw: string): string | null {
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (url === "") return null;
  if (/^https?:\/\/[^/]/i.test(url)) return url;
  if (url.startsWith("//") || url.startsWith("\\")) return null;
  // A colon before any "/", "?" or "#" is a scheme.
  const scheme = /^[^/?#]*:/.test(url);
  return scheme ? null : url;
}

/** Parses inline spans; unmatched markers stay literal text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === "\\" && i + 1 < text.length && /[\\`*_[\]()#+\-.!]/.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === "`") {
      const m = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
      if (m) {
        flush();
        out.push({ type: "code", text: m[2].trim() === "" ? m[2] : m[2].replace(/^ (.*) $/, "$1") });
        i += m[0].length;
        continue;
      }
    }
    if (ch === "*" || ch === "_") {
      const strong = ch === "*" ? /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest) : /^__(?=\S)([\s\S]*?\S)__(?![A-Za-z0-9])/.exec(rest);
      if (strong) {
        flush();
        out.push({ type: "strong", children: parseInline(strong[1]) });
        i += strong[0].length;
        continue;
      }
      // "_" inside a word (snake_case) is not emphasis.
      const wordBefore = i > 0 && /[A-Za-z0-9]/.test(text[i - 1]);
      const em = ch === "*" ? /^\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/.exec(rest) : wordBefore ? null : /^_(?=[^\s_])([\s\S]*?[^\s_])_(?![A-Za-z0-9])/.exec(rest);
      if (em) {
        flush();
        out.push({ type: "em", children: parseInline(em[1]) });
        i += em[0].length;
        continue;
      }
    }
    if (ch === "[") {
      const m = /^\[([^\]]*)\]\(\s*<?([^\s()<>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(rest);
      if (m) {
        flush();
        const href = safeHref(m[2]);
        const children = parseInline(m[1]);
        if (href === null) out.push(...children);
        else out.push({ type: "link", href, children });
        i += m[0].length;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return out;
}

const isBlank = (line: string) => line.trim() === "";

/** Parses a document into blocks. */
export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  const startsBlock = (line: string) => FENCE.test(line) || HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line);

  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !new RegExp(`^\\s{0,3}${fence[1]}\\s*$`).test(lines[i])) body.push(lines[i++]);
      i += 1; // the closing fence (or the end of the text)
      blocks.push({ type: "code", lang: fence[2] || null, text: body.join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: "heading", level: heading[1].length, children: parseInline(heading[2]) });
      i += 1;
      continue;
    }
    const firstBullet = BULLET.exec(line);
    const firstNumber = NUMBERED.exec(line);
    if (firstBullet || firstNumber) {
      const ordered = firstBullet === null;
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const m = marker.exec(lines[i]);
        if (m) {
          items.push(ordered ? m[2] : m[1]);
          i += 1;
          continue;
        }
        // A non-blank line that starts no other block continues the item (a lazy or indented continuation).
        if (!isBlank(lines[i]) && !startsBlock(lines[i])) {
          items[items.length - 1] += ` ${lines[i].trim()}`;
          i += 1;
          continue;
        }
        // One blank line between items keeps the list going.
        if (isBlank(lines[i]) && i + 1 < lines.length && marker.test(lines[i + 1])) {
          i += 1;
          continue;
        }
        break;
      }
      blocks.push({ type: "list", ordered, start: ordered ? Number(firstNumber![1]) : 1, items: items.map((t) => parseInline(t.trim())) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !(para.length > 0 && startsBlock(lines[i]))) para.push(lines[i++].trim());
    blocks.push({ type: "paragraph", children: parseInline(para.join(" ")) });
  }
  return blocks;
}
