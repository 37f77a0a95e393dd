import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { loadPublishedPrompt } from "./load-prompt";

// An unknown prompt answers 404 before anything streams: the lookup is cached per request, so
// the page and its metadata reuse it.
export default async function PromptLayout({ params, children }: { params: Promise<{ slug: string }>; children: ReactNode }) {
  if (!(await loadPublishedPrompt((await params).slug))) notFound();
  return children;
}
