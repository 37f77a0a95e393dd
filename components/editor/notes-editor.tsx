"use client";

import { EditorContent, useEditor, type Editor, type JSONContent } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef } from "react";
import { NotesToolbar } from "./notes-toolbar";

export type NotesEditorProps = {
  label: string;
  value: JSONContent | null;
  /** Called at most every ~300 ms while typing, and at once when the editor loses focus. */
  onChange: (doc: JSONContent, text: string) => void;
  readOnly?: boolean;
};

export const NOTES_DEBOUNCE_MS = 300;

// An empty document has one empty paragraph. A doc with no blocks at all ("" or {type: "doc"},
// which is what an untouched phase's notes hold) breaks the schema's "block+": the first toolbar
// command then makes ProseMirror repair the doc behind the DOM's back, and the next keystroke
// re-reads the DOM and throws the heading away. So every doc the editor takes is normalised.
const EMPTY_DOC: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

function withBlocks(doc: JSONContent | null): JSONContent {
  return doc && Array.isArray(doc.content) && doc.content.length > 0 ? doc : EMPTY_DOC;
}

// Without a typography plugin, the document's blocks get their look from these selectors.
const CONTENT_CLASSES = [
  "min-h-32 px-3 py-2 text-sm leading-relaxed text-zinc-900 outline-none dark:text-zinc-100",
  "[&_h1]:mt-2 [&_h1]:text-xl [&_h1]:font-bold [&_h2]:mt-2 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold",
  "[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-1",
  "[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em] dark:[&_code]:bg-zinc-800",
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-900 [&_pre]:p-2 [&_pre]:text-zinc-100 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
].join(" ");

export function NotesEditor({ label, value, onChange, readOnly = false }: NotesEditorProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  // The doc last sent to the parent: lets us tell our own echo from an outside change (replay).
  const lastSent = useRef<string>(value ? JSON.stringify(value) : "");
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const flush = (editor: Editor) => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    const doc = editor.getJSON();
    lastSent.current = JSON.stringify(doc);
    onChangeRef.current(doc, editor.getText({ blockSeparator: "\n" }));
  };

  const editor = useEditor({
    extensions: [StarterKit],
    content: withBlocks(value),
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": label,
        role: "textbox",
        "aria-multiline": "true",
        "aria-readonly": String(readOnly),
        class: CONTENT_CLASSES,
      },
    },
    onUpdate: ({ editor: e }) => {
      pending.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(e), NOTES_DEBOUNCE_MS);
    },
    onBlur: ({ editor: e }) => flush(e),
  });

  useEffect(() => {
    // Tiptap emits an "update" on setEditable by default; switching modes is not an edit.
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // Outside changes (resume, replay) replace the content; our own debounced echoes do not.
  useEffect(() => {
    if (!editor) return;
    const incoming = value ? JSON.stringify(value) : "";
    if (incoming === lastSent.current) return;
    lastSent.current = incoming;
    if (incoming !== JSON.stringify(editor.getJSON())) editor.commands.setContent(withBlocks(value), { emitUpdate: false });
  }, [editor, value]);

  // Unsent keystrokes still reach the parent when the editor goes away (e.g. the phase changes).
  useEffect(
    () => () => {
      if (editor && !editor.isDestroyed) flush(editor);
    },
    [editor],
  );

  return (
    <div className="flex flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900">
      <div className="border-b border-zinc-200 px-3 py-1 text-xs font-semibold text-zinc-600 dark:border-zinc-700 dark:text-zinc-300">
        {label}
      </div>
      {editor && !readOnly ? <NotesToolbar editor={editor} label={label} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
