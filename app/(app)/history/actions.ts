"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/session";
import { deleteUnsubmittedSession } from "@/lib/sessions/history";

export type DeleteState = { error: string | null };

const DeleteSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** Deletes one of the caller's unsubmitted sessions (History's confirm step). */
export async function deleteSessionAction(_previous: DeleteState, form: FormData): Promise<DeleteState> {
  const t = await getTranslations("history");
  try {
    const user = await requireUser();
    const parsed = DeleteSchema.safeParse({ id: form.get("id") });
    if (!parsed.success) return { error: t("unknownSession") };
    await deleteUnsubmittedSession(db(), user.id, parsed.data.id);
  } catch (error) {
    if (isAppError(error)) return { error: error.saidIn(asLocale(await getLocale())) };
    console.error("deleteSessionAction failed", error);
    return { error: t("deleteFailed") };
  }
  revalidatePath("/history");
  return { error: null };
}
