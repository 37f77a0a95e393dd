"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { buttonClass } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { authMessage, type AuthMessage } from "./auth-messages";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<AuthMessage | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      // next-auth passes the message thrown by authorize(); anything else is a generic failure.
      const message = result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.";
      setError(authMessage(message));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice ? <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700 dark:bg-slate-800 dark:text-brand-100">{notice}</p> : null}
      <FormError message={error ? t(`errors.${error.key}`, error.values) : null} />
      <TextField label={t("fields.email")} name="email" type="email" autoComplete="email" required />
      <TextField label={t("fields.password")} name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        {t.rich("newHere", {
          link: (chunks) => (
            <Link href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-600 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
