import Link from "next/link";
import type { ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "./markdown-parse";

const HEADING_CLASS: Record<number, string> = {
  2: "mt-8 text-xl font-semibold",
  3: "mt-6 text-lg font-semibold",
  4: "mt-4 text-base font-semibold",
  5: "mt-4 text-sm font-semibold",
  6: "mt-4 text-sm font-semibold uppercase tracking-wide",
};

const LINK_CLASS = "font-medium text-brand-600 underline underline-offset-2 hover:text-brand-700 dark:text-brand-500";

function renderInline(nodes: readonly Inline[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, i) => {
    const key = `${keyPrefix}.${i}`;
    switch (node.type) {
      case "text":
        return node.text;
      case "strong":
        return <strong key={key}>{renderInline(node.children, key)}</strong>;
      case "em":
        return <em key={key}>{renderInline(node.children, key)}</em>;
      case "code":
        return (
          <code key={key} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800">
            {node.text}
          </code>
        );
      case "link":
        // Site paths go through the router; anything else (http(s), relative files) is a plain anchor.
        return node.href.startsWith("/") ? (
          <Link key={key} href={node.href} className={LINK_CLASS}>
            {renderInline(node.children, key)}
          </Link>
        ) : (
          <a key={key} href={node.href} className={LINK_CLASS} {...(/^https?:/i.test(node.href) ? { rel: "noopener noreferrer" } : {})}>
            {renderInline(node.children, key)}
          </a>
        );
    }
  });
}

function renderBlock(block: Block, key: string, headingOffset: number): ReactNode {
  switch (block.type) {
    case "heading": {
      const level = Math.min(6, Math.max(2, block.level + headingOffset));
      const Tag = `h${level}` as "h2" | "h3" | "h4" | "h5" | "h6";
      return (
        <Tag key={key} className={HEADING_CLASS[level]}>
          {renderInline(block.children, key)}
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p key={key} className="mt-4 leading-7">
          {renderInline(block.children, key)}
        </p>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={`${key}.${i}`} className="leading-7">
          {renderInline(item, `${key}.${i}`)}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start} className="mt-4 list-decimal space-y-1 pl-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="mt-4 list-disc space-y-1 pl-6">
          {items}
        </ul>
      );
    }
    case "code":
      return (
        <pre key={key} className="mt-4 overflow-x-auto rounded-lg bg-slate-100 p-4 text-sm dark:bg-slate-800">
          <code className="font-mono" data-language={block.lang ?? undefined}>
            {block.text}
          </code>
        </pre>
      );
  }
}

/**
 * Markdown rendered as React elements, never as HTML strings. `headingOffset` shifts heading
 * levels (default 1: "#" becomes h2) so a note never competes with the page's own h1.
 */
export function Markdown({ source, headingOffset = 1, className }: { source: string; headingOffset?: number; className?: string }) {
  const blocks = parseMarkdown(source);
  return <div className={className}>{blocks.map((b, i) => renderBlock(b, `b${i}`, headingOffset))}</div>;
}
