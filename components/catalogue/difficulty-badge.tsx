import { useTranslations } from "next-intl";

const TONE: Record<string, string> = {
  easy: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  medium: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  hard: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

/** The difficulty as a coloured badge; the word is always written, so colour is never the only cue. */
export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  const t = useTranslations("catalogue");
  const known = difficulty === "easy" || difficulty === "medium" || difficulty === "hard";
  return (
    <span className={`inline-flex shrink-0 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${TONE[difficulty] ?? TONE.medium}`}>
      {t.rich("difficultyBadge", {
        difficulty: known ? t(`difficulty.${difficulty}`) : difficulty,
        sr: (chunks) => <span className="sr-only">{chunks}</span>,
      })}
    </span>
  );
}
