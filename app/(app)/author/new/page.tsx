import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PromptEditor } from "@/components/author/prompt-editor";
import { hasRole, requirePageUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("author"))("newMetaTitle") };
}

export default async function NewPromptPage() {
  const user = await requirePageUser("/author/new");
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  const t = await getTranslations("author");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("newPrompt")}</h1>
      <PromptEditor mode="new" />
    </div>
  );
}
