import type { Metadata } from "next";
import { FilterForm } from "@/components/catalogue/filter-form";
import { PromptCard } from "@/components/catalogue/prompt-card";
import { EmptyState } from "@/components/ui/empty-state";
import { bestScores } from "@/lib/catalog/best-scores";
import { filterPrompts, hasFilters, parseCatalogFilters, topicsOf } from "@/lib/catalog/filter-prompts";
import { listPrompts } from "@/lib/catalog/list-prompts";
import { readDb } from "@/lib/db";
import { requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "Practice" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PracticePage({ searchParams }: Props) {
  const user = await requirePageUser("/practice");
  const filters = parseCatalogFilters(await searchParams);
  // The catalogue and best scores may be a moment stale: a read replica serves them when configured.
  const [prompts, best] = await Promise.all([listPrompts(readDb(), { publishedOnly: true }), bestScores(readDb(), user.id)]);
  const shown = filterPrompts(prompts, filters);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Practice</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Pick a prompt to read its statement and start a timed mock interview.</p>
      </div>
      {prompts.length === 0 ? (
        <EmptyState title="No prompts loaded" body="The catalogue is empty. Run npm run db:seed to load the prompts in content/prompts." />
      ) : (
        <>
          <FilterForm filters={filters} topics={topicsOf(prompts)} />
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {shown.length === prompts.length ? `${prompts.length} prompts` : `${shown.length} of ${prompts.length} prompts match`}
          </p>
          {shown.length === 0 ? (
            <EmptyState
              title="No prompts match these filters"
              body={hasFilters(filters) ? "Try another difficulty or topic, or fewer words." : "Nothing to show."}
              action={{ href: "/practice", label: "Clear filters" }}
            />
          ) : (
            <ul aria-label="Prompts" className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {shown.map((prompt) => (
                <li key={prompt.slug}>
                  <PromptCard prompt={prompt} bestScore={best.get(prompt.slug)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
