import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConceptNote } from "@/components/content/concept-note";
import { findConceptNote, loadConceptNotes } from "@/components/content/concept-source";

type Props = { params: Promise<{ id: string }> };

// Notes are files known at build time: any other id is answered 404 before rendering starts
// (a notFound() from inside the streamed page would arrive with status 200).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await loadConceptNotes()).map((c) => ({ id: c.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concept = await findConceptNote((await params).id);
  return concept ? { title: concept.title, description: concept.summary } : {};
}

export default async function ConceptPage({ params }: Props) {
  const concept = await findConceptNote((await params).id);
  if (!concept) notFound();
  const t = await getTranslations("concepts");
  return <ConceptNote concept={concept} labels={{ breadcrumb: t("breadcrumb"), concepts: t("title") }} />;
}
