"use client";

import dynamic from "next/dynamic";
import { LoadingState } from "@/components/ui/loading-state";
import type { SessionView } from "@/lib/sessions/operations";

// The interview renders on the client only: it starts from the events the server sent plus the
// outbox this browser kept in localStorage, which does not exist during server rendering.
const InterviewClient = dynamic(() => import("./interview-client").then((module) => module.InterviewClient), {
  ssr: false,
  loading: () => <LoadingState label="Opening your interview…" />,
});

export function InterviewClientLoader({ initial }: { initial: SessionView }) {
  return <InterviewClient initial={initial} />;
}
