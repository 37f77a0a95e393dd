import type { ReactNode } from "react";
import type { NodeKind } from "@/lib/simulator/schema";

// Simple stroke drawings on a 24×24 grid; they inherit the text colour, so dark mode and the
// utilisation colours apply to them too. Decorative: the kind is always named in text beside them.
const PATHS: Record<NodeKind, ReactNode> = {
  client: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  dns: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18" />
    </>
  ),
  cdn: (
    <>
      <circle cx="12" cy="12" r="2.5" />
      <circle cx="4.5" cy="5" r="1.8" />
      <circle cx="19.5" cy="5" r="1.8" />
      <circle cx="4.5" cy="19" r="1.8" />
      <circle cx="19.5" cy="19" r="1.8" />
      <path d="M6 6.3l4.2 4M18 6.3l-4.2 4M6 17.7l4.2-4M18 17.7l-4.2-4" />
    </>
  ),
  load_balancer: (
    <>
      <rect x="8" y="3" width="8" height="5" rx="1" />
      <path d="M12 8v4M5 12h14M5 12v4M12 12v4M19 12v4" />
      <circle cx="5" cy="18.5" r="2" />
      <circle cx="12" cy="18.5" r="2" />
      <circle cx="19" cy="18.5" r="2" />
    </>
  ),
  web_server: (
    <>
      <rect x="4" y="3" width="16" height="7" rx="1.5" />
      <rect x="4" y="14" width="16" height="7" rx="1.5" />
      <path d="M8 6.5h.01M8 17.5h.01M12 6.5h5M12 17.5h5" />
    </>
  ),
  cache: <path d="M13 2L5 13.5h6L10 22l9-12h-6z" />,
  sql_database: (
    <>
      <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
      <path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5" />
    </>
  ),
  nosql_database: (
    <>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1" />
    </>
  ),
  message_queue: (
    <>
      <rect x="2.5" y="7" width="19" height="10" rx="1.5" />
      <path d="M7 7v10M11 7v10M15 7v10" />
    </>
  ),
  worker: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
    </>
  ),
  object_storage: (
    <>
      <path d="M3.5 7.5L12 3l8.5 4.5v9L12 21l-8.5-4.5z" />
      <path d="M3.5 7.5L12 12l8.5-4.5M12 12v9" />
    </>
  ),
  logging: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M9 10h7M9 14h7M9 18h4" />
    </>
  ),
  metrics: (
    <>
      <path d="M3.5 20.5h17" />
      <path d="M4 16l5-5 4 3 7-8" />
    </>
  ),
};

export function KindIcon({ kind, className = "size-5" }: { kind: NodeKind; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {PATHS[kind]}
    </svg>
  );
}
