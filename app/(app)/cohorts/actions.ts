"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CohortIdSchema, CohortNameSchema, InviteTokenSchema, createCohort, joinCohort, leaveCohort } from "@/lib/cohorts/cohorts";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { requireRole, requireUser } from "@/lib/session";

export type FormState = { error: string | null };

async function guarded(work: () => Promise<void>): Promise<FormState> {
  try {
    await work();
    return { error: null };
  } catch (error) {
    if (isAppError(error)) return { error: error.saidIn(asLocale(await getLocale())) };
    console.error("cohort action failed", error);
    return { error: (await getTranslations("cohorts"))("actionFailed") };
  }
}

/** An instructor creates a cohort and lands on it, with its invite link. */
export async function createCohortAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CohortNameSchema.safeParse({ name: form.get("name") ?? "" });
  if (!parsed.success) {
    const t = await getTranslations("cohorts");
    const issue = parsed.error.issues[0];
    const unstorable = issue?.code === "custom" && issue.params?.reason === "unstorable";
    return { error: issue?.code === "too_big" ? t("nameTooLong") : unstorable ? t("nameUnstorable") : t("nameRequired") };
  }
  let id = "";
  const state = await guarded(async () => {
    const user = await requireRole("INSTRUCTOR");
    id = (await createCohort(db(), user.id, parsed.data.name)).id;
  });
  if (state.error) return state;
  redirect(`/cohorts/${id}`);
}

export async function joinCohortAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = InviteTokenSchema.safeParse(form.get("token"));
  if (!parsed.success) return { error: (await getTranslations("cohorts"))("inviteInvalid") };
  const state = await guarded(async () => {
    const user = await requireUser();
    await joinCohort(db(), user.id, parsed.data);
  });
  if (state.error) return state;
  redirect("/cohorts");
}

export async function leaveCohortAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CohortIdSchema.safeParse(form.get("cohortId"));
  if (!parsed.success) return { error: (await getTranslations("cohorts"))("unknownCohort") };
  const state = await guarded(async () => {
    const user = await requireUser();
    await leaveCohort(db(), user.id, parsed.data);
  });
  revalidatePath("/cohorts");
  return state;
}
