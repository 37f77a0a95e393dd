import type { Metadata } from "next";
import { SessionList } from "@/components/layout/session-list";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/session";
import { listSessions } from "@/lib/sessions/list-sessions";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage() {
  const user = await requirePageUser("/history");
  const sessions = await listSessions(db(), user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">History</h1>
      {sessions.length === 0 ? (
        <EmptyState title="Nothing here yet" body="Every interview you start is saved here, with its report once you submit." action={{ href: "/practice", label: "Start your first interview" }} />
      ) : (
        <SessionList sessions={sessions} caption="All your sessions" />
      )}
    </div>
  );
}
