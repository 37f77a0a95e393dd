import Link from "next/link";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/styles";
import { DifficultyBadge } from "./difficulty-badge";
import { TopicChips } from "./topic-chips";

export type PromptCardData = { slug: string; title: string; summary: string; difficulty: string; topics: string[] };

/** One catalogue entry: what the prompt is, how hard, its topics and the candidate's best so far. */
export function PromptCard({ prompt, bestScore }: { prompt: PromptCardData; bestScore: number | undefined }) {
  const t = useTranslations("catalogue");
  const headingId = `prompt-${prompt.slug}`;
  return (
    <article aria-labelledby={headingId} className={`${cardClass} flex h-full flex-col gap-3`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold">
          <Link href={`/practice/${prompt.slug}`} className="hover:underline">
            {prompt.title}
          </Link>
        </h2>
        <DifficultyBadge difficulty={prompt.difficulty} />
      </div>
      <p className="flex-1 text-sm text-slate-600 dark:text-slate-400">{prompt.summary}</p>
      <TopicChips topics={prompt.topics} label={t("topicsOf", { title: prompt.title })} />
      <p className="text-sm">
        <span className="text-slate-500 dark:text-slate-400">{t("yourBest")}</span>
        <span className="font-semibold">{bestScore === undefined ? t("notSubmitted") : t("scoreOutOf", { score: bestScore })}</span>
      </p>
    </article>
  );
}
