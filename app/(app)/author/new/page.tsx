import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PromptEditor } from "@/components/author/prompt-editor";
import { hasRole, requirePageUser } from "@/lib/session";

export const metadata: Metadata = { title: "New prompt" };

export default async function NewPromptPage() {
  const user = await requirePageUser("/author/new");
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New prompt</h1>
      <PromptEditor mode="new" />
    </div>
  );
}
