"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatClock } from "@/components/replay/timeline";
import type { SessionComment } from "@/lib/cohorts/comments";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

export type ReplayCoaching = { sessionId: string; comments: SessionComment[]; canComment: boolean };

/** Comments on the replay: pinned moments to jump to, and for the coach a form at the slider's time. */
export function ReplayComments({ coaching, position, onJump }: { coaching: ReplayCoaching; position: number; onJump: (seconds: number) => void }) {
  const t = useTranslations("coaching");
  const [comments, setComments] = useState(coaching.comments);
  const pinned = [...comments].sort((a, b) => (a.atSeconds ?? -1) - (b.atSeconds ?? -1));
  return (
    <section aria-labelledby="replay-comments-heading" className="min-w-0 space-y-3">
      <h2 id="replay-comments-heading" className="text-base font-semibold">
        {t("replayHeading", { count: comments.length })}
      </h2>
      {comments.length === 0 ? <p className="text-sm text-slate-500 dark:text-slate-400">{t("noComments")}</p> : null}
      <ul className="space-y-2">
        {pinned.map((c) => (
          <li key={c.id}>
            <CommentItem
              comment={c}
              pin={
                c.atSeconds !== null ? (
                  <button type="button" onClick={() => onJump(c.atSeconds!)} className="font-medium text-brand-600 hover:underline">
                    {t.rich("atJump", { time: formatClock(c.atSeconds), sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </button>
                ) : c.criterionId ? (
                  <span>{t("onCriterion", { criterion: c.criterionId })}</span>
                ) : (
                  <span>{t("onSession")}</span>
                )
              }
            />
          </li>
        ))}
      </ul>
      {coaching.canComment ? (
        <CommentForm
          sessionId={coaching.sessionId}
          label={t("commentAt", { time: formatClock(position) })}
          submitLabel={t("addAtMoment")}
          pin={() => ({ atSeconds: Math.floor(position) })}
          onAdded={(c) => setComments((all) => [...all, c])}
        />
      ) : null}
    </section>
  );
}
