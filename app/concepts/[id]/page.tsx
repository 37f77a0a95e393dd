import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConceptNote } from "@/components/content/concept-note";
import { findLocalizedConceptNote, loadConceptNotes } from "@/components/content/concept-source";
import { UntranslatedNote } from "@/components/content/untranslated-note";

type Props = { params: Promise<{ id: string }> };

// Notes are files known at build time: any other id is answered 404 before rendering starts
// (a notFound() from inside the streamed page would arrive with status 200).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await loadConceptNotes()).map((c) => ({ id: c.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const note = await findLocalizedConceptNote((await params).id, await getLocale());
  return note ? { title: note.concept.title, description: note.concept.summary } : {};
}

export default async function ConceptPage({ params }: Props) {
  const note = await findLocalizedConceptNote((await params).id, await getLocale());
  if (!note) notFound();
  const t = await getTranslations("concepts");
  return (
    <>
      {note.fellBack ? <UntranslatedNote /> : null}
      <div lang={note.locale}>
        <ConceptNote concept={note.concept} labels={{ breadcrumb: t("breadcrumb"), concepts: t("title") }} />
      </div>
    </>
  );
}
