import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { ImportForm } from "@/components/author/import-form";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { authorPromptList } from "@/lib/authoring/list";
import { db } from "@/lib/db";
import { hasRole, requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorPage() {
  const user = await requirePageUser("/author");
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  const prompts = await authorPromptList(db());
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Author</h1>
          <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">
            Write and test prompts. Every save is a new draft version; publishing one makes it the version new sessions start with.
            A session keeps the version it started with, whatever happens to the prompt later.
          </p>
        </div>
        <Link href="/author/new" className={buttonClass.primary}>
          New prompt
        </Link>
      </div>
      <ImportForm />
      {prompts.length === 0 ? (
        <EmptyState title="No prompts yet" body="Create one with New prompt, import a YAML file, or run npm run db:seed to load content/prompts." />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Prompts</caption>
            <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Prompt</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
                <th scope="col" className="px-4 py-2 font-medium">Versions</th>
                <th scope="col" className="px-4 py-2 font-medium">Sessions</th>
                <th scope="col" className="px-4 py-2 font-medium">Average score</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {prompts.map((prompt) => (
                <tr key={prompt.slug}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    {prompt.title}
                    <span className="block text-xs font-normal text-slate-500">{prompt.slug}</span>
                  </th>
                  <td className="px-4 py-2">
                    {prompt.publishedVersion === null ? "not published" : `version ${prompt.publishedVersion} published`}
                    {prompt.publishedVersion !== null && prompt.latestVersion > prompt.publishedVersion ? `, draft version ${prompt.latestVersion}` : ""}
                  </td>
                  <td className="px-4 py-2">{prompt.versionCount}</td>
                  <td className="px-4 py-2">{prompt.sessions}</td>
                  <td className="px-4 py-2">{prompt.averageScore ?? "—"}</td>
                  <td className="px-4 py-2 text-right">
                    <Link href={`/author/${prompt.slug}`} className="font-medium text-brand-600 hover:underline">
                      Edit<span className="sr-only"> {prompt.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
