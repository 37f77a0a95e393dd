"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createCohortAction, joinCohortAction, leaveCohortAction, type FormState } from "@/app/(app)/cohorts/actions";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, inputClass } from "@/components/ui/styles";

const initial: FormState = { error: null };

export function CreateCohortForm() {
  const t = useTranslations("cohorts");
  const [state, action, pending] = useActionState(createCohortAction, initial);
  return (
    <form action={action} aria-label={t("newCohort")} className="flex flex-wrap items-end gap-3">
      <label className="block min-w-64 flex-1 text-sm font-medium">
        {t("cohortName")}
        <input name="name" required maxLength={80} className={`${inputClass} mt-1`} />
      </label>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {t("createCohort")}
      </button>
      <div className="w-full">
        <FormError message={state.error} />
      </div>
    </form>
  );
}

export function JoinCohortForm({ token, name }: { token: string; name: string }) {
  const t = useTranslations("cohorts");
  const [state, action, pending] = useActionState(joinCohortAction, initial);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormError message={state.error} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {t("joinButton", { name })}
      </button>
    </form>
  );
}

export function LeaveCohortForm({ cohortId, name }: { cohortId: string; name: string }) {
  const t = useTranslations("cohorts");
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState(leaveCohortAction, initial);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
        {t.rich("leave", { name, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
      </button>
    );
  }
  return (
    <form action={action} role="group" aria-label={t("confirmLeaving", { name })} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="cohortId" value={cohortId} />
      <span>{t("leaveWarning")}</span>
      <button type="submit" disabled={pending} className="rounded bg-red-600 px-2 py-1 text-xs font-semibold text-white hover:bg-red-700">
        {t("yesLeave")}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-700">
        {t("cancel")}
      </button>
      <FormError message={state.error} />
    </form>
  );
}

/** The invite link with a copy button (the link is shown in full, so it can be copied by hand too). */
export function InviteLink({ url }: { url: string }) {
  const t = useTranslations("cohorts");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="block min-w-64 flex-1 text-sm font-medium">
        {t("inviteLink")}
        <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-1 font-mono`} />
      </label>
      <button
        type="button"
        className={`${buttonClass.secondary} self-end`}
        onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t("copied") : t("copyLink")}
      </button>
    </div>
  );
}
