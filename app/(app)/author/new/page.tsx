import type { Metadata } from "next";
import { PromptEditor } from "@/components/author/prompt-editor";
import { Forbidden } from "@/components/layout/forbidden";
import { hasRole, requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "New prompt" };

export default async function NewPromptPage() {
  const user = await requirePageUser("/author/new");
  if (!hasRole(user, "INSTRUCTOR")) return <Forbidden what="Authoring prompts is for instructors." />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New prompt</h1>
      <PromptEditor mode="new" />
    </div>
  );
}
