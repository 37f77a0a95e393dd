import { useTranslations } from "next-intl";
import type { SessionChecklistItem, ChecklistStatus } from "@/lib/report/session-report";
import type { ChecklistWords } from "@/lib/report/checklist-words";
import { useSimText } from "./use-sim-text";

const STATUS: Record<ChecklistStatus, { tone: string; mark: string }> = {
  met: { tone: "text-emerald-700 dark:text-emerald-400", mark: "✓" },
  ticked: { tone: "text-emerald-700 dark:text-emerald-400", mark: "✓" },
  unmet: { tone: "text-red-700 dark:text-red-400", mark: "✗" },
  unticked: { tone: "text-slate-600 dark:text-slate-400", mark: "○" },
  pending: { tone: "text-amber-700 dark:text-amber-400", mark: "…" },
};

/** The do's and don'ts of each phase with how the session went on each. */
export function ChecklistResults({ items, words = {} }: { items: readonly SessionChecklistItem[]; words?: ChecklistWords }) {
  const t = useTranslations("report.checklist");
  // The phases' names have one source: the interview's.
  const tPhase = useTranslations("interview.phases");
  const simText = useSimText();
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  const phases = ([1, 2, 3, 4] as const).filter((p) => items.some((i) => i.phase === p));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {phases.map((phase) => (
        <div key={phase}>
          <h3 className="font-semibold">{t("phase", { phase, name: tPhase(`${phase}.short`) })}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {items
              .filter((i) => i.phase === phase)
              .map((item) => {
                const s = STATUS[item.status];
                return (
                  <li key={item.id} className="flex gap-2" data-status={item.status}>
                    <span aria-hidden="true" className={`w-4 shrink-0 font-bold ${s.tone}`}>
                      {s.mark}
                    </span>
                    <div>
                      <p>
                        <span className="mr-1 rounded bg-slate-100 px-1 text-xs font-semibold uppercase dark:bg-slate-800">
                          {item.kind === "do" ? t("do") : t("dont")}
                        </span>
                        {words[item.id]?.text ?? item.text} <span className={`font-medium ${s.tone}`}>— {t(`status.${item.status}`)}</span>
                      </p>
                      {item.explanation ? <p className="text-slate-600 dark:text-slate-400">{simText(item.explanationText, item.explanation)}</p> : null}
                    </div>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
