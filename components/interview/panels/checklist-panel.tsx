"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { ChecklistItem } from "@/lib/content/checklists";
import { itemWords } from "@/lib/report/checklist-words";
import type { PhaseNumber } from "@/lib/interview/phases";
import type { Text } from "@/lib/simulator/text-tree";
import { useSimText } from "@/components/report/use-sim-text";

export type AutoStatus = "met" | "unmet" | "pending";
export type ChecklistPanelItem = {
  item: ChecklistItem;
  /** `explanationText` is shown in the reader's language; `explanation` is its English (the fallback). */
  auto: { status: AutoStatus; explanation: string; explanationText?: Text } | null;
  ticked: boolean;
};

export type ChecklistPanelProps = {
  phase: PhaseNumber;
  items: ChecklistPanelItem[];
  onTick: (itemId: string, checked: boolean) => void;
};

const AUTO_STATUS: Record<AutoStatus, { icon: string; className: string }> = {
  met: { icon: "✓", className: "text-emerald-700 dark:text-emerald-400" },
  unmet: { icon: "✗", className: "text-red-700 dark:text-red-400" },
  pending: { icon: "…", className: "text-slate-500 dark:text-slate-400" },
};

/** The phase's do's and don'ts: rule items tick themselves, the rest the candidate ticks. */
export function ChecklistPanel({ phase, items, onTick }: ChecklistPanelProps) {
  const headingId = useId();
  const t = useTranslations("interview.checklist");
  const groups = [
    { title: t("do"), items: items.filter((i) => i.item.kind === "do") },
    { title: t("dont"), items: items.filter((i) => i.item.kind === "dont") },
  ].filter((g) => g.items.length > 0);

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        {t("title", { phase })}
      </h2>
      {groups.length === 0 ? <p className="text-xs text-slate-500 dark:text-slate-400">{t("empty")}</p> : null}
      {groups.map((group) => (
        <div key={group.title} role="group" aria-label={group.title} className="space-y-2">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{group.title}</h3>
          <ul className="space-y-2">
            {group.items.map((entry) => (
              <ChecklistRow key={entry.item.id} entry={entry} onTick={onTick} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ChecklistRow({ entry, onTick }: { entry: ChecklistPanelItem; onTick: ChecklistPanelProps["onTick"] }) {
  const id = useId();
  const t = useTranslations("interview.checklist");
  const simText = useSimText();
  const { item, auto, ticked } = entry;
  const words = itemWords(item, useLocale());
  return (
    <li className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
      {auto ? (
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <span className={`shrink-0 text-xs font-semibold ${AUTO_STATUS[auto.status].className}`}>
              <span aria-hidden="true">{AUTO_STATUS[auto.status].icon} </span>
              {t(`status.${auto.status}`)}
            </span>
            <span className="text-slate-800 dark:text-slate-200">{words.text}</span>
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">{simText(auto.explanationText, auto.explanation)}</p>
        </div>
      ) : (
        <div className="flex items-start gap-2">
          <input
            id={id}
            type="checkbox"
            checked={ticked}
            onChange={(event) => onTick(item.id, event.target.checked)}
            className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 accent-brand-600 dark:border-slate-600"
          />
          <label htmlFor={id} className="text-slate-800 dark:text-slate-200">
            {words.text}
          </label>
        </div>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer text-xs text-brand-600 dark:text-brand-500">{t("why")}</summary>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{words.why}</p>
      </details>
    </li>
  );
}
