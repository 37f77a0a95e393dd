"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";

// `label` is the English name; the toolbar shows editor.tools.<id> in the visitor's language.
type Tool = { id: string; label: string; short: string; isActive: (e: Editor) => boolean; run: (e: Editor) => void };

// Visible glyphs are short; the accessible name says what each button does.
export const NOTE_TOOLS: readonly Tool[] = [
  { id: "h1", label: "Heading 1", short: "H1", isActive: (e) => e.isActive("heading", { level: 1 }), run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run() },
  { id: "h2", label: "Heading 2", short: "H2", isActive: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { id: "h3", label: "Heading 3", short: "H3", isActive: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: "bullets", label: "Bullet list", short: "•", isActive: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: "numbers", label: "Numbered list", short: "1.", isActive: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { id: "bold", label: "Bold", short: "B", isActive: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { id: "italic", label: "Italic", short: "I", isActive: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: "code", label: "Code", short: "</>", isActive: (e) => e.isActive("code"), run: (e) => e.chain().focus().toggleCode().run() },
  { id: "codeBlock", label: "Code block", short: "{ }", isActive: (e) => e.isActive("codeBlock"), run: (e) => e.chain().focus().toggleCodeBlock().run() },
];

export function NotesToolbar({ editor, label }: { editor: Editor; label: string }) {
  const t = useTranslations("editor");
  // Re-renders only when one of these flags changes, not on every keystroke.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(NOTE_TOOLS.map((tool) => [tool.id, tool.isActive(e)])) as Record<string, boolean>,
  });
  return (
    <div role="toolbar" aria-label={t("formatting", { label })} className="flex flex-wrap gap-1 border-b border-zinc-200 p-1 dark:border-zinc-700">
      {NOTE_TOOLS.map((tool) => {
        const name = t(`tools.${tool.id}`);
        return (
        <button
          key={tool.id}
          type="button"
          // Visible glyphs that are words ("H1") start the name, as speech users say what they see.
          aria-label={tool.short.length > 1 && /[A-Za-z0-9]/.test(tool.short) ? `${tool.short} ${name}` : name}
          aria-pressed={active[tool.id] ?? false}
          title={name}
          // Keep the editor's focus and DOM selection: a click that blurs it first can leave the
          // cursor of an empty line mapped onto the line above, which then became the heading.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.run(editor)}
          className={`min-w-8 rounded px-1.5 py-0.5 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-600 ${
            tool.id === "bold" ? "font-bold" : tool.id === "italic" ? "italic" : ""
          } ${
            active[tool.id]
              ? "bg-sky-600 text-white dark:bg-sky-500 dark:text-zinc-950"
              : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
          }`}
        >
          {tool.short}
        </button>
        );
      })}
    </div>
  );
}
