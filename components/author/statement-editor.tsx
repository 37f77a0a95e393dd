"use client";

import type { JSONContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useContext, useState } from "react";
import { NotesEditor } from "@/components/editor/notes-editor";
import { docToMarkdown, markdownToDoc } from "@/lib/authoring/markdown-doc";
import { fieldId, ProblemsContext } from "./fields";

/**
 * The statement in the same Tiptap editor as the interview's notes, stored as Markdown: the
 * editor starts from the Markdown and hands Markdown back on every change.
 */
export function StatementEditor({ path, label, markdown, onChange }: { path: string; label: string; markdown: string; onChange: (markdown: string) => void }) {
  const [initial] = useState<JSONContent>(() => markdownToDoc(markdown) as JSONContent);
  const error = useContext(ProblemsContext).get(path);
  const t = useTranslations("author.fields");
  return (
    <div className="space-y-1" id={fieldId(path)}>
      <NotesEditor label={label} value={initial} onChange={(doc) => onChange(docToMarkdown(doc as Parameters<typeof docToMarkdown>[0]))} />
      {error ? <p className="text-sm text-red-600 dark:text-red-400">{t("withError", { label, error })}</p> : null}
    </div>
  );
}
