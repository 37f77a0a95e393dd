import Link from "next/link";
import { useTranslations } from "next-intl";

/** A prompt's topics as chips; each links to the catalogue filtered by that topic. */
export function TopicChips({ topics, label }: { topics: string[]; label?: string }) {
  const t = useTranslations("catalogue");
  return (
    <ul aria-label={label ?? t("topics")} className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic}>
          <Link
            href={`/practice?topic=${encodeURIComponent(topic)}`}
            className="inline-flex rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {topic}
          </Link>
        </li>
      ))}
    </ul>
  );
}
