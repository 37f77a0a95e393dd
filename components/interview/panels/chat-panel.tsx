"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SessionState } from "@/lib/interview/fold";
import { EVENT_LIMITS } from "@/lib/interview/events";
import { buttonClass, inputClass } from "@/components/ui/styles";

export type ChatPanelProps = {
  messages: SessionState["chat"];
  onAsk: (text: string) => void;
  disabled: boolean;
};

/** The conversation with the interviewer; the newest message is always in view. */
export function ChatPanel({ messages, onAsk, disabled }: ChatPanelProps) {
  const t = useTranslations("interview.chat");
  const [draft, setDraft] = useState("");
  const logRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const text = draft.trim();
  const canSend = !disabled && text.length > 0 && text.length <= EVENT_LIMITS.questionChars;

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages.length]);

  const send = () => {
    if (!canSend) return;
    onAsk(text);
    setDraft("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an input method is composing (Korean, Japanese…), Enter confirms the syllable.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <section aria-labelledby={`${inputId}-title`} className="flex h-full min-h-0 flex-col gap-2">
      <h2 id={`${inputId}-title`} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        {t("title")}
      </h2>
      <div
        ref={logRef}
        role="log"
        aria-label={t("log")}
        className="min-h-32 flex-1 space-y-2 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950"
      >
        {messages.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {t("empty")}
          </p>
        ) : (
          messages.map((m) => <ChatBubble key={m.id} message={m} />)
        )}
      </div>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <div className="flex-1">
          <label htmlFor={inputId} className="sr-only">
            {t("label")}
          </label>
          <textarea
            id={inputId}
            rows={2}
            value={draft}
            maxLength={EVENT_LIMITS.questionChars}
            disabled={disabled}
            placeholder={t("placeholder")}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            className={`${inputClass} resize-none`}
          />
        </div>
        <button type="submit" className={buttonClass.primary} disabled={!canSend}>
          {t("ask")}
        </button>
      </form>
    </section>
  );
}

function ChatBubble({ message }: { message: SessionState["chat"][number] }) {
  const t = useTranslations("interview.chat");
  const candidate = message.role === "candidate";
  return (
    <div className={`flex ${candidate ? "justify-end" : "justify-start"}`}>
      <div
        className={`max-w-[85%] whitespace-pre-wrap rounded-lg px-3 py-2 text-sm ${
          candidate
            ? "bg-brand-600 text-white"
            : "border border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        }`}
      >
        <span className="sr-only">{t(candidate ? "you" : "interviewer")}</span>
        {message.text}
      </div>
    </div>
  );
}
