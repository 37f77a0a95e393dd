import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { HistoryItem } from "@/lib/sessions/history";
import { DeleteSessionButton } from "./delete-session-button";

const linkClass = "font-medium text-brand-600 hover:underline";

/**
 * Sessions as a table: what was practised, when, how long, how it went, and where to go from
 * here. `owner` adds the member's name (a cohort's list); `deletable` offers deleting the
 * caller's own unsubmitted sessions.
 */
export function SessionTable({ sessions, caption, owner = false, deletable = false }: { sessions: HistoryItem[]; caption: string; owner?: boolean; deletable?: boolean }) {
  const t = useTranslations("history.table");
  const format = useFormatter();
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            {owner ? <th scope="col" className="px-4 py-2">{t("member")}</th> : null}
            <th scope="col" className="px-4 py-2">{t("prompt")}</th>
            <th scope="col" className="px-4 py-2">{t("started")}</th>
            <th scope="col" className="px-4 py-2">{t("mode")}</th>
            <th scope="col" className="px-4 py-2">{t("duration")}</th>
            <th scope="col" className="px-4 py-2">{t("score")}</th>
            <th scope="col" className="px-4 py-2">{t("status")}</th>
            <th scope="col" className="px-4 py-2"><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
          {sessions.map((s) => {
            const submitted = s.status === "SUBMITTED";
            return (
              <tr key={s.id}>
                {owner ? <td className="px-4 py-2 [overflow-wrap:anywhere]">{s.owner.name}</td> : null}
                <td className="px-4 py-2 font-medium [overflow-wrap:anywhere]">{s.promptTitle}</td>
                <td className="whitespace-nowrap px-4 py-2">{format.dateTime(s.startedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}</td>
                <td className="px-4 py-2">{s.mode === "STRICT" ? t("strict") : t("practice")}</td>
                <td className="whitespace-nowrap px-4 py-2">{s.durationSeconds === null ? "—" : t("minutes", { minutes: Math.round(s.durationSeconds / 6) / 10 })}</td>
                <td className="whitespace-nowrap px-4 py-2">{submitted && s.score !== null ? t("scoreBand", { score: s.score, band: (s.band ?? "").replace(/ /g, "_") }) : "—"}</td>
                <td className="px-4 py-2">{submitted ? t("submitted") : t("inProgress")}</td>
                <td className="px-4 py-2">
                  <div className="flex flex-wrap justify-end gap-3">
                    {!submitted && !owner ? (
                      <Link href={`/interview/${s.id}`} className={linkClass}>
                        {t.rich("resume", { title: s.promptTitle, sr })}
                      </Link>
                    ) : null}
                    {submitted ? (
                      <Link href={`/sessions/${s.id}/report`} className={linkClass}>
                        {t.rich("report", { title: s.promptTitle, sr })}
                      </Link>
                    ) : null}
                    <Link href={`/sessions/${s.id}/replay`} className={linkClass}>
                      {t.rich("replay", { title: s.promptTitle, sr })}
                    </Link>
                    {deletable && !submitted ? <DeleteSessionButton sessionId={s.id} title={s.promptTitle} /> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
