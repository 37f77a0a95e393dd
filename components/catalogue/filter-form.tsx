import Link from "next/link";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { DIFFICULTIES, type CatalogFilters } from "@/lib/catalog/filter-prompts";

const labelClass = "block text-sm font-medium text-slate-700 dark:text-slate-300";

/**
 * A plain GET form, so filters live in the address (shareable, back-button friendly) and work
 * without JavaScript. Keyed by the filters, so "Clear" (a link to the bare address) resets every
 * control rather than leaving the last values in the reused form.
 */
export function FilterForm({ filters, topics }: { filters: CatalogFilters; topics: string[] }) {
  return (
    <form key={JSON.stringify(filters)} method="get" action="/practice" role="search" aria-label="Filter prompts" className="grid gap-4 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end">
      <div className="space-y-1">
        <label htmlFor="filter-difficulty" className={labelClass}>
          Difficulty
        </label>
        <select id="filter-difficulty" name="difficulty" defaultValue={filters.difficulty ?? ""} className={inputClass}>
          <option value="">Any difficulty</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {d[0].toUpperCase() + d.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-topic" className={labelClass}>
          Topic
        </label>
        <select id="filter-topic" name="topic" defaultValue={filters.topic ?? ""} className={inputClass}>
          <option value="">Any topic</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-q" className={labelClass}>
          Search
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} placeholder="e.g. url, feed, cache" className={inputClass} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass.primary}>
          Apply filters
        </button>
        <Link href="/practice" className={buttonClass.secondary}>
          Clear
        </Link>
      </div>
    </form>
  );
}
