import type { Metadata } from "next";
import Link from "next/link";
import { SessionTable } from "@/components/history/session-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/session";
import { HistoryQuerySchema, listHistory } from "@/lib/sessions/history";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requirePageUser("/home");
  const { items: sessions } = await listHistory(db(), { userId: user.id }, HistoryQuerySchema.parse({}), 5);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">Pick a prompt and sit a timed mock interview, or pick up where you left off.</p>
        </div>
        <Link href="/practice" className={buttonClass.primary}>
          Start a practice interview
        </Link>
      </div>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent sessions
        </h2>
        {sessions.length === 0 ? (
          <EmptyState
            title="No sessions yet"
            body="Your interviews appear here with their scores once you start one."
            action={{ href: "/practice", label: "Browse prompts" }}
          />
        ) : (
          <SessionTable sessions={sessions} caption="Your recent sessions" />
        )}
      </section>
    </div>
  );
}
