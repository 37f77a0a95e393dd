import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ConceptHref } from "./report-section";

/** "Learn: cache" — a link to the concept note behind a criterion or finding. */
export function ConceptLink({ concept, conceptHref, context }: { concept: string; conceptHref: ConceptHref; context: string }) {
  const t = useTranslations("report.concept");
  if (!concept) return null;
  const name = concept.replaceAll("-", " ");
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
