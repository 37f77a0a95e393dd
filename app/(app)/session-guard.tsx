import "server-only";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { db } from "@/lib/db";
import { requireSessionPageUser } from "@/lib/session";
import { canSeeSession } from "@/lib/sessions/load-session";

/**
 * Layouts of session pages render this: it decides "not found" before the page's loading state
 * streams. A notFound() thrown inside a streamed page arrives after the status line was sent,
 * so an unknown id would answer 200; thrown here, above every Suspense boundary, it answers 404.
 * `access`: the interview is its owner's alone; reports and replays are also readable by the
 * instructors of the owner's cohort. A signed-out visitor gets the same 404 as a stranger (which
 * offers to sign in and come back), so no one learns which session ids exist.
 */
export async function SessionGuard({ params, access, children }: { params: Promise<{ id: string }>; access: "owner" | "readers"; children: ReactNode }) {
  const { id } = await params;
  const user = await requireSessionPageUser();
  if (!(await canSeeSession(db(), id, user.id, access))) notFound();
  return children;
}
