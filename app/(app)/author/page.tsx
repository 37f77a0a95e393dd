import type { Metadata } from "next";
import type { ReactNode } from "react";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/author/import-form";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { authorPromptList } from "@/lib/authoring/list";
import { db } from "@/lib/db";
import { hasRole, requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("author"))("metaTitle") };
}

export default async function AuthorPage() {
  const user = await requirePageUser("/author");
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  const prompts = await authorPromptList(db());
  const t = await getTranslations("author");
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">
            {t("intro")}
          </p>
        </div>
        <Link href="/author/new" className={buttonClass.primary}>
          {t("newPrompt")}
        </Link>
      </div>
      <ImportForm />
      {prompts.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("table.caption")}</caption>
            <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.prompt")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.status")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.versions")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.sessions")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("table.averageScore")}</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">{t("table.actions")}</span></th>
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
                    {prompt.publishedVersion === null ? t("table.notPublished") : t("table.published", { version: prompt.publishedVersion })}
                    {prompt.publishedVersion !== null && prompt.latestVersion > prompt.publishedVersion ? t("table.draft", { version: prompt.latestVersion }) : ""}
                  </td>
                  <td className="px-4 py-2">{prompt.versionCount}</td>
                  <td className="px-4 py-2">{prompt.sessions}</td>
                  <td className="px-4 py-2">{prompt.averageScore ?? "—"}</td>
                  <td className="px-4 py-2 text-right">
                    <Link href={`/author/${prompt.slug}`} className="font-medium text-brand-600 hover:underline">
                      {t.rich("table.edit", { title: prompt.title, sr })}
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
