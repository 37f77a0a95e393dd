import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { DIFFICULTIES, type CatalogFilters } from "@/lib/catalog/filter-prompts";

const labelClass = "block text-sm font-medium text-slate-700 dark:text-slate-300";

/**
 * A plain GET form, so filters live in the address (shareable, back-button friendly) and work
 * without JavaScript. Keyed by the filters, so "Clear" (a link to the bare address) resets every
 * control rather than leaving the last values in the reused form.
 */
export function FilterForm({ filters, topics }: { filters: CatalogFilters; topics: string[] }) {
  const t = useTranslations("catalogue");
  return (
    <form key={JSON.stringify(filters)} method="get" action="/practice" role="search" aria-label={t("filterLabel")} className="grid gap-4 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end">
      <div className="space-y-1">
        <label htmlFor="filter-difficulty" className={labelClass}>
          {t("difficultyLabel")}
        </label>
        <select id="filter-difficulty" name="difficulty" defaultValue={filters.difficulty ?? ""} className={inputClass}>
          <option value="">{t("anyDifficulty")}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`difficultyOption.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-topic" className={labelClass}>
          {t("topicLabel")}
        </label>
        <select id="filter-topic" name="topic" defaultValue={filters.topic ?? ""} className={inputClass}>
          <option value="">{t("anyTopic")}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-q" className={labelClass}>
          {t("searchLabel")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} placeholder={t("searchPlaceholder")} className={inputClass} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass.primary}>
          {t("apply")}
        </button>
        <Link href="/practice" className={buttonClass.secondary}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
