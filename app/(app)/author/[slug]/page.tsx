import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PromptEditor } from "@/components/author/prompt-editor";
import { SlugParamsSchema } from "@/lib/authoring/route-schemas";
import { loadVersion, versionHistory } from "@/lib/authoring/versions";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { hasRole, requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("author"))("editMetaTitle") };
}

export default async function EditPromptPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug: raw } = await params;
  const user = await requirePageUser(`/author/${raw}`);
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  const parsed = SlugParamsSchema.safeParse({ slug: raw });
  if (!parsed.success) notFound();
  const { slug } = parsed.data;
  const [latest, history] = await Promise.all([loadVersion(db(), slug), versionHistory(db(), slug)]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const published = history.find((entry) => entry.published)?.version ?? null;
  const t = await getTranslations("author");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/author" className="text-brand-600 hover:underline">
          {t("allPrompts")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("editTitle", { title: latest.title })}</h1>
      {/* The key reloads the form when another version becomes the newest (after a save elsewhere). */}
      <PromptEditor mode="edit" slug={slug} version={latest.version} published={published} document={latest.document} history={history} />
    </div>
  );
}
