import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/layout/forbidden";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/lib/db";
import { listPrompts } from "@/lib/catalog/list-prompts";
import { hasRole, requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorPage() {
  const user = await requirePageUser("/author");
  if (!hasRole(user, "INSTRUCTOR")) return <Forbidden what="Authoring prompts is for instructors." />;
  const prompts = await listPrompts(db(), { publishedOnly: false });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Author</h1>
        <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">
          Prompts are written as YAML files in <code>content/prompts/</code> and loaded as versions by <code>npm run db:seed</code>;
          a session keeps the version it started with. Preview a prompt as a candidate from here.
        </p>
      </div>
      {prompts.length === 0 ? (
        <EmptyState title="No prompts loaded" body="Run npm run db:seed to load the prompts in content/prompts." />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {prompts.map((prompt) => (
            <li key={prompt.slug} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium">{prompt.title}</p>
                <p className="text-sm text-slate-500">
                  {prompt.slug} · version {prompt.version} of {prompt.versionCount} · {prompt.published ? "published" : "draft"}
                </p>
              </div>
              <Link href={`/practice/${prompt.slug}`} className="text-sm font-medium text-brand-600 hover:underline">
                Preview as a candidate<span className="sr-only">: {prompt.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
