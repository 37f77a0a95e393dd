import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requirePageUser } from "@/lib/session";
import { isOwnSession } from "@/lib/sessions/load-session";

/**
 * Owner check before the page's loading boundary: notFound() here answers a real 404, while
 * inside the boundary (loading.tsx) the stream has begun and the status is already 200.
 */
export default async function InterviewLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/interview/${id}`);
  if (!(await isOwnSession(db(), id, user.id))) notFound();
  return children;
}
