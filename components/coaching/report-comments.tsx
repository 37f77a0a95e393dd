"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { formatClock } from "@/components/replay/timeline";
import { inputClass } from "@/components/ui/styles";
import type { SessionComment } from "@/lib/cohorts/comments";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

type CriterionOption = { id: string; label: string };

/** Comments on the report, each with its pin; the coach may pin a new one to a criterion. */
export function ReportComments({ sessionId, comments: initial, criteria, canComment }: { sessionId: string; comments: SessionComment[]; criteria: CriterionOption[]; canComment: boolean }) {
  const t = useTranslations("coaching");
  const [comments, setComments] = useState(initial);
  const [criterionId, setCriterionId] = useState("");
  const selectId = useId();
  const labelOf = new Map(criteria.map((c) => [c.id, c.label]));
  return (
    <div className="space-y-3">
      {comments.length === 0 ? <p className="text-sm text-slate-500 dark:text-slate-400">{t("noComments")}</p> : null}
      <ul className="space-y-2">
        {comments.map((c) => (
          <li key={c.id}>
            <CommentItem
              comment={c}
              pin={
                c.criterionId ? (
                  <a href={`#criterion-${c.criterionId}`} className="font-medium text-brand-600 hover:underline">
                    {t("onQuoted", { criterion: labelOf.get(c.criterionId) ?? c.criterionId })}
                  </a>
                ) : c.atSeconds !== null ? (
                  <a href={`/sessions/${sessionId}/replay?t=${Math.floor(c.atSeconds)}`} className="font-medium text-brand-600 hover:underline">
                    {t("atOfReplay", { time: formatClock(c.atSeconds) })}
                  </a>
                ) : (
                  <span>{t("onSession")}</span>
                )
              }
            />
          </li>
        ))}
      </ul>
      {canComment ? (
        <CommentForm
          sessionId={sessionId}
          label={t("commentOnReport")}
          submitLabel={t("addComment")}
          pin={() => (criterionId ? { criterionId } : {})}
          onAdded={(c) => setComments((all) => [...all, c])}
        >
          <label htmlFor={selectId} className="block text-sm font-medium">
            {t("criterion")}
          </label>
          <select id={selectId} value={criterionId} onChange={(e) => setCriterionId(e.currentTarget.value)} className={inputClass}>
            <option value="">{t("wholeReport")}</option>
            {criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </CommentForm>
      ) : null}
    </div>
  );
}
