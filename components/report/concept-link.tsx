import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ConceptHref } from "./report-section";

/** Concept notes' titles in the reader's language, by concept id (only where a translation exists). */
export type ConceptNames = Readonly<Record<string, string>>;

/**
 * "Learn: cache" — a link to the concept note behind a criterion or finding, named by the note's
 * translated title where `names` has one, else by its id in words (what English readers see).
 */
export function ConceptLink({ concept, conceptHref, context, names = {} }: { concept: string; conceptHref: ConceptHref; context: string; names?: ConceptNames }) {
  const t = useTranslations("report.concept");
  if (!concept) return null;
  const name = Object.hasOwn(names, concept) ? names[concept] : concept.replaceAll("-", " ");
  return (
    <Link
      href={conceptHref(concept)}
      // The name starts with the visible text (speech users say what they see), then says which item.
      aria-label={t("label", { concept: name, context })}
      className="text-xs font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500"
    >
      {t("learn", { concept: name })}
    </Link>
  );
}
