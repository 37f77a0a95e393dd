import Link from "next/link";
import type { SessionListItem } from "@/lib/sessions/list-sessions";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A table of sessions: what was practised, when, how it went, and where to pick it up. */
export function SessionList({ sessions, caption }: { sessions: SessionListItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-4 py-2">Prompt</th>
            <th scope="col" className="px-4 py-2">Started (UTC)</th>
            <th scope="col" className="px-4 py-2">Mode</th>
            <th scope="col" className="px-4 py-2">Score</th>
            <th scope="col" className="px-4 py-2"><span className="sr-only">Open</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
          {sessions.map((session) => (
            <tr key={session.id}>
              <td className="px-4 py-2 font-medium">{session.promptTitle}</td>
              <td className="px-4 py-2">{dateFormat.format(session.startedAt)}</td>
              <td className="px-4 py-2">{session.mode === "STRICT" ? "Strict" : "Practice"}</td>
              <td className="px-4 py-2">{session.status === "SUBMITTED" ? `${session.score ?? "—"} / 100` : "In progress"}</td>
              <td className="px-4 py-2 text-right">
                <Link
                  href={session.status === "SUBMITTED" ? `/sessions/${session.id}/report` : `/interview/${session.id}`}
                  className="font-medium text-brand-600 hover:underline"
                >
                  {session.status === "SUBMITTED" ? "Report" : "Resume"}
                  <span className="sr-only"> {session.promptTitle}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
