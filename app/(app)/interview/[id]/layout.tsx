import type { ReactNode } from "react";
import { SessionGuard } from "../../session-guard";

// An unknown or someone else's session answers 404 before the loading state streams (see SessionGuard).
export default function InterviewLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  return (
    <SessionGuard params={params} access="owner">
      {children}
    </SessionGuard>
  );
}
