import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReplayClient } from "@/components/replay/replay-client";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/session";
import { loadOwnedSession, type LoadedSession } from "@/lib/sessions/load-session";

export const metadata: Metadata = { title: "Replay" };

type Props = { params: Promise<{ id: string }> };

export default async function ReplayPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/sessions/${encodeURIComponent(id)}/replay`);
  let session: LoadedSession;
  try {
    session = await loadOwnedSession(db(), id, user.id);
  } catch (error) {
    // Someone else's session and a made-up id look the same: not found.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Replay: {session.prompt.title}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {session.mode === "STRICT" ? "Strict" : "Practice"} mode · {session.events.length} events ·{" "}
            {session.status === "SUBMITTED" ? `scored ${session.score ?? "—"} / 100` : "in progress"}
          </p>
        </div>
        <Link
          href={session.status === "SUBMITTED" ? `/sessions/${session.id}/report` : `/interview/${session.id}`}
          className="text-sm font-medium text-brand-600 hover:underline"
        >
          {session.status === "SUBMITTED" ? "Back to the report" : "Back to the interview"}
        </Link>
      </div>
      <ReplayClient events={session.events} startedAt={session.startedAt.toISOString()} />
    </div>
  );
}
