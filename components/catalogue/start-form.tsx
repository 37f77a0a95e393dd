"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";

export type StartFormState = { error: string | null };
export type StartAction = (previous: StartFormState, form: FormData) => Promise<StartFormState>;

const MODES = ["PRACTICE", "STRICT"] as const;

/** Picks the mode and starts the interview; the server action redirects on success. */
export function StartForm({ slug, action }: { slug: string; action: StartAction }) {
  const t = useTranslations("catalogue");
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} aria-label={t("startLabel")} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormError message={state.error} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("mode")}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={mode} defaultChecked={mode === "PRACTICE"} className="mt-1" />
            <span>
              {t.rich(`modes.${mode}`, { name: (chunks) => <span className="font-medium">{chunks}</span> })}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? t("starting") : t("start")}
      </button>
    </form>
  );
}
