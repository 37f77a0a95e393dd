import Link from "next/link";
import { formatMinutes } from "@/lib/report/phase-time";
import type { HistoryItem } from "@/lib/sessions/history";
import { DeleteSessionButton } from "./delete-session-button";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const linkClass = "font-medium text-brand-600 hover:underline";

/**
 * Sessions as a table: what was practised, when, how long, how it went, and where to go from
 * here. `owner` adds the member's name (a cohort's list); `deletable` offers deleting the
 * caller's own unsubmitted sessions.
 */
export function SessionTable({ sessions, caption, owner = false, deletable = false }: { sessions: HistoryItem[]; caption: string; owner?: boolean; deletable?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            {owner ? <th scope="col" className="px-4 py-2">Member</th> : null}
            <th scope="col" className="px-4 py-2">Prompt</th>
            <th scope="col" className="px-4 py-2">Started (UTC)</th>
            <th scope="col" className="px-4 py-2">Mode</th>
            <th scope="col" className="px-4 py-2">Duration</th>
            <th scope="col" className="px-4 py-2">Score</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
          {sessions.map((s) => {
            const submitted = s.status === "SUBMITTED";
            return (
              <tr key={s.id}>
                {owner ? <td className="px-4 py-2 [overflow-wrap:anywhere]">{s.owner.name}</td> : null}
                <td className="px-4 py-2 font-medium [overflow-wrap:anywhere]">{s.promptTitle}</td>
                <td className="whitespace-nowrap px-4 py-2">{dateFormat.format(s.startedAt)}</td>
                <td className="px-4 py-2">{s.mode === "STRICT" ? "Strict" : "Practice"}</td>
                <td className="whitespace-nowrap px-4 py-2">{s.durationSeconds === null ? "—" : formatMinutes(s.durationSeconds / 60)}</td>
                <td className="whitespace-nowrap px-4 py-2">{submitted && s.score !== null ? `${s.score} / 100 · ${s.band}` : "—"}</td>
                <td className="px-4 py-2">{submitted ? "Submitted" : "In progress"}</td>
                <td className="px-4 py-2">
                  <div className="flex flex-wrap justify-end gap-3">
                    {!submitted && !owner ? (
                      <Link href={`/interview/${s.id}`} className={linkClass}>
                        Resume<span className="sr-only"> {s.promptTitle}</span>
                      </Link>
                    ) : null}
                    {submitted ? (
                      <Link href={`/sessions/${s.id}/report`} className={linkClass}>
                        Report<span className="sr-only"> {s.promptTitle}</span>
                      </Link>
                    ) : null}
                    <Link href={`/sessions/${s.id}/replay`} className={linkClass}>
                      Replay<span className="sr-only"> {s.promptTitle}</span>
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
