import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { hasRole, requirePageUser } from "@/lib/session";

// Decides who may author above the pages' loading state, so a candidate gets a real 403 status
// (app/forbidden.tsx) rather than a streamed message under a 200.
export default async function AuthorLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("/author");
  if (!hasRole(user, "INSTRUCTOR")) forbidden();
  // The root layout leaves the editor's texts out of every other page; instructors get them here.
  return <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>;
}
