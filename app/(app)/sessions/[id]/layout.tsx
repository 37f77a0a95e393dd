import type { ReactNode } from "react";
import { SessionGuard } from "../../session-guard";

// An unknown or someone else's session answers 404 before anything streams (see SessionGuard).
export default function SessionLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  return (
    <SessionGuard params={params} access="readers">
      {children}
    </SessionGuard>
  );
}
