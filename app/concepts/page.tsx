import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConceptIndex } from "@/components/content/concept-index";
import { loadLocalizedConceptNotes } from "@/components/content/concept-source";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concepts"))("title") };
}

export default async function ConceptsPage() {
  const concepts = (await loadLocalizedConceptNotes(await getLocale())).map((note) => note.concept);
  const t = await getTranslations("concepts");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </header>
      {concepts.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <ConceptIndex concepts={concepts} label={t("listLabel")} />
      )}
    </div>
  );
}
