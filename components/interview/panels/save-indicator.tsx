"use client";

export type SaveStatus = "saved" | "saving" | "offline" | "error";

const TONE: Record<SaveStatus, string> = {
  saved: "text-emerald-700 dark:text-emerald-400",
  saving: "text-slate-600 dark:text-slate-300",
  offline: "text-amber-700 dark:text-amber-400",
  error: "text-red-700 dark:text-red-400",
};

const DOT: Record<SaveStatus, string> = {
  saved: "bg-emerald-500",
  saving: "bg-slate-400 animate-pulse",
  offline: "bg-amber-500",
  error: "bg-red-500",
};

export function saveText(status: SaveStatus, pending: number): string {
  // Fixed wording (no singular), so end-to-end tests can match it for any count.
  const waiting = `${pending} changes waiting`;
  switch (status) {
    case "saved":
      return "Saved";
    case "saving":
      return `Saving… (${pending})`;
    case "offline":
      return `Offline — ${waiting}`;
    case "error":
      return `Retrying — ${waiting}`;
  }
}

/** Where the autosave stands; a status region so a change is announced without moving focus. */
export function SaveIndicator({ status, pending }: { status: SaveStatus; pending: number }) {
  return (
    <p role="status" className={`inline-flex items-center gap-2 text-xs font-medium ${TONE[status]}`}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[status]}`} />
      {saveText(status, pending)}
    </p>
  );
}
