"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { RegistrationSchema } from "@/lib/auth/validation";
import { authMessage, type AuthMessage } from "./auth-messages";

type Field = "email" | "name" | "password";
// What a field or the form says, already in the reader's language.
type FieldErrors = Partial<Record<Field, string>>;

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const say = (message: AuthMessage) => t(`errors.${message.key}`, message.values);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), password: String(form.get("password") ?? "") };
    // The same schema the server uses: instant feedback, and the server checks again.
    const parsed = RegistrationSchema.safeParse(input);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as Field;
        errors[key] ??= say(authMessage(issue.message, t(`fields.${key}`)));
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    const response = await fetch("/api/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    if (!response) {
      setPending(false);
      setError(say({ key: "offline" }));
      return;
    }
    if (!response.ok) {
      // The server says its problems in the reader's language (lib/http/problem.ts).
      const problem = (await response.json().catch(() => null)) as { detail?: string; problems?: { path: string; message: string }[] } | null;
      const errors: FieldErrors = {};
      for (const item of problem?.problems ?? []) {
        const field = item.path as Field;
        if (field === "email" || field === "name" || field === "password") errors[field] ??= item.message;
      }
      setFieldErrors(errors);
      setError(problem?.detail ?? say({ key: "registrationFailed" }));
      setPending(false);
      return;
    }
    const result = await signIn("credentials", { email: parsed.data.email, password: input.password, redirect: false });
    if (!result || result.error) {
      router.replace("/login");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error} />
      <TextField label={t("fields.name")} name="name" autoComplete="name" error={fieldErrors.name} required />
      <TextField label={t("fields.email")} name="email" type="email" autoComplete="email" error={fieldErrors.email} required />
      <TextField
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={fieldErrors.password}
        required
      />
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t("creating") : t("createAccount")}
      </button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link href="/login" className="font-medium text-brand-600 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
