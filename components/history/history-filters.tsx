import { useTranslations } from "next-intl";
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
  const t = useTranslations("history.filters");
  return (
    <form method="get" action={action} role="search" aria-label={t("label")} className="grid gap-3 rounded-xl border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800 print:hidden">
      {members ? <Select name="member" label={t("member")} value={query.member ?? ""} options={[{ value: "", label: t("everyMember") }, ...members.map((m) => ({ value: m.id, label: m.name }))]} /> : null}
      <Select name="prompt" label={t("prompt")} value={query.prompt ?? ""} options={[{ value: "", label: t("everyPrompt") }, ...prompts.map((p) => ({ value: p.slug, label: p.title }))]} />
      <Select name="status" label={t("status")} value={query.status} options={[{ value: "all", label: t("anyStatus") }, { value: "active", label: t("inProgress") }, { value: "submitted", label: t("submitted") }]} />
      <label className="block text-sm font-medium">
        {t("from")}
        <input type="date" name="from" defaultValue={query.from ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <label className="block text-sm font-medium">
        {t("to")}
        <input type="date" name="to" defaultValue={query.to ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <Select name="sort" label={t("sortBy")} value={query.sort} options={[{ value: "date", label: t("date") }, { value: "score", label: t("score") }, { value: "prompt", label: t("prompt") }]} />
      <Select name="order" label={t("order")} value={query.order} options={[{ value: "desc", label: t("descending") }, { value: "asc", label: t("ascending") }]} />
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass.primary}>
          {t("apply")}
        </button>
        <a href={action} className={buttonClass.ghost}>
          {t("clear")}
        </a>
      </div>
    </form>
  );
}

/** Links to the previous and next pages, keeping the filters. */
export function Pagination({ query, page, pageCount, total, action }: { query: HistoryQuery; page: number; pageCount: number; total: number; action: string }) {
  const t = useTranslations("history.pagination");
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, page: p })) if (v !== undefined && v !== "") params.set(k, String(v));
    return `${action}?${params}`;
  };
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 text-sm print:hidden">
      <p>
        {t("summary", { page, pageCount, total })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <a href={href(page - 1)} className={buttonClass.secondary}>
            {t("previous")}
          </a>
        ) : null}
        {page < pageCount ? (
          <a href={href(page + 1)} className={buttonClass.secondary}>
            {t("next")}
          </a>
        ) : null}
      </div>
    </nav>
  );
}
