import type { SessionComment } from "@/lib/cohorts/comments";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One coaching comment: who, when, what it is pinned to, and the text (long words wrap). */
export function CommentItem({ comment, pin }: { comment: SessionComment; pin?: React.ReactNode }) {
  return (
    <article aria-label={`Comment by ${comment.author}`} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950/40">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-800 dark:text-slate-200">{comment.author}</span> ·{" "}
        <time dateTime={comment.createdAt}>{dateFormat.format(new Date(comment.createdAt))} UTC</time>
        {pin ? <> · {pin}</> : null}
        {comment.unread ? <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">new</span> : null}
      </p>
      <p className="mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{comment.body}</p>
    </article>
  );
}
