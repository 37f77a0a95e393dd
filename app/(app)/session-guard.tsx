import "server-only";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/session";
import { ownsSession } from "@/lib/sessions/load-session";

/**
 * Layouts of session pages render this: it decides "not found" before the page's loading state
 * streams. A notFound() thrown inside a streamed page arrives after the status line was sent,
 * so an unknown id would answer 200; thrown here, above every Suspense boundary, it answers 404.
 */
export async function SessionGuard({ params, returnTo, children }: { params: Promise<{ id: string }>; returnTo: (id: string) => string; children: ReactNode }) {
  const { id } = await params;
  const user = await requirePageUser(returnTo(id));
  if (!(await ownsSession(db(), id, user.id))) notFound();
  return children;
}
