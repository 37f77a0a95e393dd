"use client";

import { useState } from "react";
import { formatClock } from "@/components/replay/timeline";
import type { SessionComment } from "@/lib/cohorts/comments";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

export type ReplayCoaching = { sessionId: string; comments: SessionComment[]; canComment: boolean };

/** Comments on the replay: pinned moments to jump to, and for the coach a form at the slider's time. */
export function ReplayComments({ coaching, position, onJump }: { coaching: ReplayCoaching; position: number; onJump: (seconds: number) => void }) {
  const [comments, setComments] = useState(coaching.comments);
  const pinned = [...comments].sort((a, b) => (a.atSeconds ?? -1) - (b.atSeconds ?? -1));
  return (
    <section aria-labelledby="replay-comments-heading" className="min-w-0 space-y-3">
      <h2 id="replay-comments-heading" className="text-base font-semibold">
        Coach&apos;s comments ({comments.length})
      </h2>
      {comments.length === 0 ? <p className="text-sm text-slate-500 dark:text-slate-400">No comments yet.</p> : null}
      <ul className="space-y-2">
        {pinned.map((c) => (
          <li key={c.id}>
            <CommentItem
              comment={c}
              pin={
                c.atSeconds !== null ? (
                  <button type="button" onClick={() => onJump(c.atSeconds!)} className="font-medium text-brand-600 hover:underline">
                    at {formatClock(c.atSeconds)}
                    <span className="sr-only"> (jump there)</span>
                  </button>
                ) : c.criterionId ? (
                  <span>on criterion {c.criterionId}</span>
                ) : (
                  <span>on the session</span>
                )
              }
            />
          </li>
        ))}
      </ul>
      {coaching.canComment ? (
        <CommentForm
          sessionId={coaching.sessionId}
          label={`Comment at ${formatClock(position)}`}
          submitLabel="Add comment at this moment"
          pin={() => ({ atSeconds: Math.floor(position) })}
          onAdded={(c) => setComments((all) => [...all, c])}
        />
      ) : null}
    </section>
  );
}
