import { useTranslations } from "next-intl";

/** A form-level error, announced to screen readers when it appears. */
export function FormError({ message }: { message: string | null }) {
  const t = useTranslations("ui");
  if (!message) return null;
  return (
    <div role="alert" aria-label={t("formError")} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {message}
    </div>
  );
}
