"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { deleteSessionAction, type DeleteState } from "@/app/(app)/history/actions";

/** Delete an unsubmitted session, in two steps: ask, then confirm. */
export function DeleteSessionButton({ sessionId, title }: { sessionId: string; title: string }) {
  const t = useTranslations("history");
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteSessionAction, { error: null });
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="font-medium text-red-700 hover:underline dark:text-red-400">
        {t.rich("delete", { title, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
      </button>
    );
  }
  return (
    <form action={action} role="group" aria-label={t("confirmLabel", { title })} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={sessionId} />
      <span className="text-slate-700 dark:text-slate-300">{t("deleteForGood")}</span>
      <button type="submit" disabled={pending} className="rounded bg-red-600 px-2 py-1 text-xs font-semibold text-white hover:bg-red-700">
        {t("yesDelete")}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-700">
        {t("cancel")}
      </button>
      {state.error ? <span role="alert" aria-label={t("deleteError")} className="text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
