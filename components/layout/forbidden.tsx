import { useTranslations } from "next-intl";

/** What a signed-in user sees on a page their role does not open. */
export function Forbidden({ what }: { what: string }) {
  const t = useTranslations("forbidden");
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{what}</p>
    </div>
  );
}
