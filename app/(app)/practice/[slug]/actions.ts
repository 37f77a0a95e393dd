"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { StartFormState } from "@/components/catalogue/start-form";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/session";
import { StartSessionSchema, startSession } from "@/lib/sessions/start-session";

/**
 * Starts an interview from the prompt page. Every failure becomes a message on the form; only
 * success leaves, by redirecting to the interview (outside the try, as redirect throws).
 */
export async function startInterviewAction(_previous: StartFormState, form: FormData): Promise<StartFormState> {
  let sessionId: string;
  const t = await getTranslations("catalogue");
  try {
    // The page checked the user when it rendered; a server action is its own request, so check again.
    const user = await requireUser();
    const parsed = StartSessionSchema.safeParse({ slug: form.get("slug"), mode: form.get("mode") });
    if (!parsed.success) return { error: t("startInvalid", { field: String(parsed.error.issues[0]?.path[0] ?? "mode") }) };
    sessionId = (await startSession(db(), user.id, parsed.data)).id;
  } catch (error) {
    if (isAppError(error)) return { error: error.saidIn(asLocale(await getLocale())) };
    console.error("startInterviewAction failed", error);
    return { error: t("startFailed") };
  }
  redirect(`/interview/${sessionId}`);
}
