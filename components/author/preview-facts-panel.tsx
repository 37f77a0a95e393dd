import { useTranslations } from "next-intl";
import type { PreviewFact } from "@/lib/authoring/preview";

/** Beside the chat in a preview: every fact, and which ones the interviewer has revealed so far. */
export function PreviewFactsPanel({ facts, revealed }: { facts: PreviewFact[]; revealed: readonly string[] }) {
  const t = useTranslations("author.previewFacts");
  return (
    <section aria-labelledby="preview-facts-heading" className="space-y-2 rounded-xl border border-violet-300 bg-violet-50 p-4 text-sm dark:border-violet-800 dark:bg-violet-950">
      <h2 id="preview-facts-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <ul className="space-y-2">
        {facts.map((fact) => {
          const shown = revealed.includes(fact.id);
          return (
            <li key={fact.id} aria-label={shown ? t("revealedLabel", { id: fact.id }) : fact.id} className={shown ? "" : "opacity-70"}>
              <p className="font-medium">
                {fact.id} <span className="font-normal text-slate-500">· {fact.topic}{fact.key ? t("key") : ""}{shown ? t("revealed") : ""}</span>
              </p>
              <p>{fact.answer}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
