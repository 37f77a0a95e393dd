"use client";

import dynamic from "next/dynamic";
import type { SessionView } from "@/lib/sessions/operations";

// The interview renders on the client only: it starts from the events the server sent plus the
// outbox this browser kept in localStorage, which does not exist during server rendering.
const InterviewClient = dynamic(() => import("./interview-client").then((module) => module.InterviewClient), {
  ssr: false,
  loading: () => (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-16 text-slate-500">
      <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" />
      Opening your interview…
    </div>
  ),
});

export function InterviewClientLoader({ initial }: { initial: SessionView }) {
  return <InterviewClient initial={initial} />;
}
