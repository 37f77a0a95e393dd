"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { FieldChange } from "@/lib/authoring/diff";
import { Section } from "./fields";

export type HistoryItem = { version: number; title: string; published: boolean; author: string | null; createdAt: string; changes: FieldChange[] };

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** Every version, newest first, with what changed since the one before, field by field. */
export function VersionHistory({ slug, history, onPublish, busy }: { slug: string; history: HistoryItem[]; onPublish: (version: number) => void; busy: boolean }) {
  const t = useTranslations("author.history");
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <Section title={t("title")}>
      <ol className="space-y-3">
        {history.map((entry, index) => (
          <li key={entry.version} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                {t.rich("version", {
                  version: entry.version,
                  status: entry.published ? t("published") : t("draft"),
                  author: entry.author ?? t("contentFile"),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
                <time dateTime={entry.createdAt}>{t("utc", { time: entry.createdAt.slice(0, 16).replace("T", " ") })}</time>
              </p>
              <div className="flex gap-2">
                <a className={buttonClass.ghost} href={`/api/author/prompts/${slug}/export?version=${entry.version}`}>
                  {t.rich("exportYaml", { version: entry.version, sr })}
                </a>
                {entry.published ? null : (
                  <button type="button" className={buttonClass.ghost} disabled={busy} onClick={() => onPublish(entry.version)}>
                    {t("publishVersion", { version: entry.version })}
                  </button>
                )}
              </div>
            </div>
            {index === history.length - 1 ? (
              <p className="text-slate-500">{t("first")}</p>
            ) : entry.changes.length === 0 ? (
              <p className="text-slate-500">{t("noChange")}</p>
            ) : (
              <details>
                <summary className="cursor-pointer">
                  {t("changed", { count: entry.changes.length })}
                </summary>
                <ul className="mt-2 space-y-1">
                  {entry.changes.map((change) => (
                    <li key={`${change.kind}-${change.path}`}>
                      <code>{change.path || t("document")}</code> {t(`kinds.${change.kind}`)}
                      {change.kind === "changed" ? (
                        <>
                          : <del className="text-red-700 dark:text-red-400">{show(change.before)}</del> → <ins className="text-green-700 dark:text-green-400">{show(change.after)}</ins>
                        </>
                      ) : change.kind === "added" ? (
                        <>: <ins className="text-green-700 dark:text-green-400">{show(change.after)}</ins></>
                      ) : (
                        <>: <del className="text-red-700 dark:text-red-400">{show(change.before)}</del></>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
