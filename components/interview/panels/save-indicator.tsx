"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Translate } from "@/lib/i18n/translate";

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

export function saveText(status: SaveStatus, pending: number, t: Translate): string {
  return status === "saved" ? t("save.saved") : t(`save.${status}`, { pending });
}

/**
 * What a screen reader hears: trouble (offline, retrying) and the recovery from it, once each.
 * Routine saves are not announced, or every pause in typing would interrupt the candidate.
 */
export function saveAnnouncement(status: SaveStatus, pending: number, troubleBefore: boolean, t: Translate): string {
  if (status === "offline" || status === "error") return saveText(status, pending, t);
  return troubleBefore && status === "saved" ? t("save.allSaved") : "";
}

/** Where the autosave stands: shown always, announced politely only when it matters. */
export function SaveIndicator({ status, pending }: { status: SaveStatus; pending: number }) {
  const t = useTranslations("interview");
  const [announcement, setAnnouncement] = useState("");
  const trouble = useRef(false);
  useEffect(() => {
    if (status === "saving") return;
    const next = saveAnnouncement(status, pending, trouble.current, t);
    trouble.current = status === "offline" || status === "error";
    // An unchanged text is not announced again: the region stays quiet through routine saves.
    if (next !== "") setAnnouncement(next);
  }, [status, pending, t]);
  return (
    <div className="inline-flex items-center gap-2">
      <p className={`inline-flex items-center gap-2 text-xs font-medium ${TONE[status]}`} data-testid="save-status">
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[status]}`} />
        {saveText(status, pending, t)}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
