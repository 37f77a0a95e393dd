"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ChatMessage } from "@/lib/interview/fold";
import { buttonClass } from "@/components/ui/styles";

/**
 * A probe that arrived while the candidate was elsewhere: the newest interviewer message that
 * asks the candidate something (a probe or its follow-up) and was not in the chat when the
 * page first showed it. Seen ones are remembered, so a probe toasts once.
 */
export function useProbeToast(chat: readonly ChatMessage[], onChatTab: boolean) {
  const seen = useRef<Set<string> | null>(null);
  const [toast, setToast] = useState<ChatMessage | null>(null);
  useEffect(() => {
    // The first render's messages are history, not news.
    if (seen.current === null) {
      seen.current = new Set(chat.map((m) => m.id));
      return;
    }
    const fresh = chat.filter((m) => !seen.current!.has(m.id));
    for (const m of fresh) seen.current.add(m.id);
    const probe = [...fresh].reverse().find((m) => m.role === "interviewer" && (m.kind === "probe" || m.kind === "probe-follow-up"));
    if (probe && !onChatTab) setToast(probe);
  }, [chat, onChatTab]);
  useEffect(() => {
    // The toast reacts to the tab changing: on the chat, the question is in view.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (onChatTab) setToast(null);
  }, [onChatTab]);
  return { toast, dismiss: () => setToast(null) };
}

/** The interviewer's question, shown over whatever tab the candidate is on, with a way to answer it. */
export function ProbeToast({ message, onAnswer, onDismiss }: { message: ChatMessage; onAnswer: () => void; onDismiss: () => void }) {
  const t = useTranslations("interview.probe");
  return (
    <div
      role="status"
      aria-label={t("asks")}
      className="fixed bottom-4 right-4 z-50 max-w-md space-y-3 rounded-lg border border-brand-600 bg-white p-4 text-sm shadow-lg dark:bg-slate-900"
    >
      <p className="font-semibold text-slate-900 dark:text-slate-100">{t("asks")}</p>
      <p className="text-slate-700 dark:text-slate-300">{message.text}</p>
      <div className="flex gap-2">
        <button type="button" className={buttonClass.primary} onClick={onAnswer}>
          {t("answer")}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onDismiss}>
          {t("later")}
        </button>
      </div>
    </div>
  );
}
