"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/styles";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("body")}</p>
      <button type="button" onClick={reset} className={`${buttonClass.primary} mt-6`}>
        {t("retry")}
      </button>
    </div>
  );
}
