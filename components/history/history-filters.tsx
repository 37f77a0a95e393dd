import { buttonClass, inputClass } from "@/components/ui/styles";
import type { HistoryQuery } from "@/lib/sessions/history";

type Option = { value: string; label: string };

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: Option[] }) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className={`${inputClass} mt-1`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A GET form: filters and sort live in the URL, so a filtered list can be bookmarked and shared. */
export function HistoryFilters({ query, prompts, members, action }: { query: HistoryQuery; prompts: { slug: string; title: string }[]; members?: { id: string; name: string }[]; action: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter sessions" className="grid gap-3 rounded-xl border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800 print:hidden">
      {members ? <Select name="member" label="Member" value={query.member ?? ""} options={[{ value: "", label: "Every member" }, ...members.map((m) => ({ value: m.id, label: m.name }))]} /> : null}
      <Select name="prompt" label="Prompt" value={query.prompt ?? ""} options={[{ value: "", label: "Every prompt" }, ...prompts.map((p) => ({ value: p.slug, label: p.title }))]} />
      <Select name="status" label="Status" value={query.status} options={[{ value: "all", label: "Any status" }, { value: "active", label: "In progress" }, { value: "submitted", label: "Submitted" }]} />
      <label className="block text-sm font-medium">
        From
        <input type="date" name="from" defaultValue={query.from ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <label className="block text-sm font-medium">
        To
        <input type="date" name="to" defaultValue={query.to ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <Select name="sort" label="Sort by" value={query.sort} options={[{ value: "date", label: "Date" }, { value: "score", label: "Score" }, { value: "prompt", label: "Prompt" }]} />
      <Select name="order" label="Order" value={query.order} options={[{ value: "desc", label: "Descending" }, { value: "asc", label: "Ascending" }]} />
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass.primary}>
          Apply
        </button>
        <a href={action} className={buttonClass.ghost}>
          Clear
        </a>
      </div>
    </form>
  );
}

/** Links to the previous and next pages, keeping the filters. */
export function Pagination({ query, page, pageCount, total, action }: { query: HistoryQuery; page: number; pageCount: number; total: number; action: string }) {
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, page: p })) if (v !== undefined && v !== "") params.set(k, String(v));
    return `${action}?${params}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm print:hidden">
      <p>
        Page {page} of {pageCount} · {total} {total === 1 ? "session" : "sessions"}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <a href={href(page - 1)} className={buttonClass.secondary}>
            Previous page
          </a>
        ) : null}
        {page < pageCount ? (
          <a href={href(page + 1)} className={buttonClass.secondary}>
            Next page
          </a>
        ) : null}
      </div>
    </nav>
  );
}
