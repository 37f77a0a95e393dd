import Link from "next/link";
import type { Concept } from "@/lib/content/concepts";
import { Markdown } from "./markdown";

/**
 * One concept note: its title as the page heading, the summary, then the rendered body. The
 * breadcrumb's words come from the page (in the reader's language).
 */
export function ConceptNote({ concept, labels }: { concept: Concept; labels: { breadcrumb: string; concepts: string } }) {
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label={labels.breadcrumb} className="text-sm">
        <Link href="/concepts" className="text-brand-600 hover:underline dark:text-brand-500">
          {labels.concepts}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{concept.title}</h1>
      <p className="mt-3 text-lg text-slate-600 dark:text-slate-400">{concept.summary}</p>
      <Markdown source={concept.body} className="mt-4 text-slate-800 dark:text-slate-200" />
    </article>
  );
}
