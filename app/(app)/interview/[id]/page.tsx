import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InterviewClient } from "@/components/interview/interview-client";
import { previewFacts } from "@/lib/authoring/preview";
import { db } from "@/lib/db";
import { timeScale } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { hasRole, requireSessionPageUser } from "@/lib/session";
import { getSessionView } from "@/lib/sessions/operations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interview"))("metaTitle") };
}

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireSessionPageUser();
  const view = await getSessionView(db(), { sessionId: id, userId: user.id, now: new Date(), timeScale: timeScale() }, asLocale(await getLocale())).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  if (view.status === "SUBMITTED") redirect(`/sessions/${id}/report`);
  // An instructor previewing a prompt sees its facts beside the chat.
  const facts = hasRole(user, "INSTRUCTOR") ? await previewFacts(db(), id, user.id) : null;
  // Rendered on the server (the shell, the problem and the chat of the current phase) and
  // hydrated in the browser; the board, the editor and the charts load with their tabs.
  return <InterviewClient initial={view} previewFacts={facts} />;
}
