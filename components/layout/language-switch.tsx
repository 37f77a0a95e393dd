"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { locales, type Locale } from "@/lib/i18n/locales";

/**
 * The language switch: one button per language (the current one pressed), so changing is one
 * click. The server remembers the choice (cookie, and the account when signed in); then the
 * page re-renders in the new language. Each language is named in itself, as switches usually are.
 */
export function LanguageSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("locale");
  const current = useLocale() as Locale;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  async function choose(locale: Locale) {
    if (locale === current) return;
    setFailed(false);
    const response = await fetch("/api/account/locale", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale }),
    }).catch(() => null);
    if (!response?.ok) {
      setFailed(true);
      return;
    }
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={t("label")} aria-busy={pending || undefined} className={`flex items-center rounded-md border border-slate-300 p-0.5 text-xs dark:border-slate-700 ${className}`}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => void choose(locale)}
          className="rounded px-2 py-1 font-medium text-slate-600 hover:bg-slate-100 aria-pressed:bg-brand-600 aria-pressed:text-white dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {t(`name.${locale}`)}
        </button>
      ))}
      {failed ? (
        <span role="alert" className="sr-only">
          {t("failed")}
        </span>
      ) : null}
    </div>
  );
}
