import { getTranslations } from "next-intl/server";

/**
 * The small notice above a text shown in English because it has no translation in the reader's
 * language yet (a concept note, a prompt). `lang` on the text itself is the caller's job.
 */
export async function UntranslatedNote({ kind = "note" }: { kind?: "note" | "prompt" }) {
  const t = await getTranslations("conceptNotes");
  return (
    <p role="note" className="mx-auto mb-4 max-w-3xl rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200">
      {kind === "prompt" ? t("promptNotTranslated") : t("notTranslated")}
    </p>
  );
}
