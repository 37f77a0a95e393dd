import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { ConceptIndex } from "@/components/content/concept-index";
import { loadLocalizedConceptNotes } from "@/components/content/concept-source";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Concepts" };

export default async function ConceptsPage() {
  const concepts = (await loadLocalizedConceptNotes(await getLocale())).map((note) => note.concept);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">Concepts</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Short notes on the ideas your report refers to.</p>
      </header>
      {concepts.length === 0 ? (
        <EmptyState title="No concept notes" body="The notes in content/concepts could not be loaded." />
      ) : (
        <ConceptIndex concepts={concepts} />
      )}
    </div>
  );
}
