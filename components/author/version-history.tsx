"use client";

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
  return (
    <Section title="Version history">
      <ol className="space-y-3">
        {history.map((entry, index) => (
          <li key={entry.version} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <strong>Version {entry.version}</strong> · {entry.published ? "published" : "draft"} · {entry.author ?? "content file"} ·{" "}
                <time dateTime={entry.createdAt}>{entry.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
              </p>
              <div className="flex gap-2">
                <a className={buttonClass.ghost} href={`/api/author/prompts/${slug}/export?version=${entry.version}`}>
                  Export YAML<span className="sr-only"> of version {entry.version}</span>
                </a>
                {entry.published ? null : (
                  <button type="button" className={buttonClass.ghost} disabled={busy} onClick={() => onPublish(entry.version)}>
                    Publish version {entry.version}
                  </button>
                )}
              </div>
            </div>
            {index === history.length - 1 ? (
              <p className="text-slate-500">First version.</p>
            ) : entry.changes.length === 0 ? (
              <p className="text-slate-500">No field changed.</p>
            ) : (
              <details>
                <summary className="cursor-pointer">
                  {entry.changes.length} field{entry.changes.length === 1 ? "" : "s"} changed
                </summary>
                <ul className="mt-2 space-y-1">
                  {entry.changes.map((change) => (
                    <li key={`${change.kind}-${change.path}`}>
                      <code>{change.path || "(document)"}</code> {change.kind}
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
