import { useFormatter, useTranslations } from "next-intl";
import type { SessionComment } from "@/lib/cohorts/comments";

/** One coaching comment: who, when, what it is pinned to, and the text (long words wrap). */
export function CommentItem({ comment, pin }: { comment: SessionComment; pin?: React.ReactNode }) {
  const t = useTranslations("coaching");
  const format = useFormatter();
  return (
    <article aria-label={t("commentBy", { author: comment.author })} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950/40">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-800 dark:text-slate-200">{comment.author}</span> ·{" "}
        <time dateTime={comment.createdAt}>{t("atTime", { time: format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}</time>
        {pin ? <> · {pin}</> : null}
        {comment.unread ? <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">{t("new")}</span> : null}
      </p>
      <p className="mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{comment.body}</p>
    </article>
  );
}
