import Link from "next/link";
import type { Concept } from "@/lib/content/concepts";
import { conceptPath } from "./concept-path";

/**
 * The list of concept notes: each title links to its note, with its one-line summary. The list's
 * name comes from the page (in the reader's language), so this stays a plain component.
 */
export function ConceptIndex({ concepts, label }: { concepts: readonly Pick<Concept, "id" | "title" | "summary">[]; label: string }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label={label}>
      {concepts.map((c) => (
        <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <Link href={conceptPath(c.id)} className="font-semibold text-brand-600 hover:underline dark:text-brand-500">
            {c.title}
          </Link>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{c.summary}</p>
        </li>
      ))}
    </ul>
  );
}
