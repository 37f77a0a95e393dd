"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";

export type StartFormState = { error: string | null };
export type StartAction = (previous: StartFormState, form: FormData) => Promise<StartFormState>;

const MODES = [
  { value: "PRACTICE", label: "Practice mode", help: "warns when a phase runs long and lets you go on" },
  { value: "STRICT", label: "Strict mode", help: "moves on when a phase's time is up" },
] as const;

/** Picks the mode and starts the interview; the server action redirects on success. */
export function StartForm({ slug, action }: { slug: string; action: StartAction }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} aria-label="Start an interview" className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormError message={state.error} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Mode</legend>
        {MODES.map((mode) => (
          <label key={mode.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={mode.value} defaultChecked={mode.value === "PRACTICE"} className="mt-1" />
            <span>
              <span className="font-medium">{mode.label}</span> — {mode.help}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Starting…" : "Start interview"}
      </button>
    </form>
  );
}
