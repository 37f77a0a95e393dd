import { useTranslations } from "next-intl";
import type { ChatMessage } from "@/lib/interview/fold";

/** The conversation up to the replay time. */
export function ReplayChat({ messages }: { messages: ChatMessage[] }) {
  const t = useTranslations("replay.chat");
  return (
    <section aria-labelledby="replay-chat-heading" className="space-y-2">
      <h2 id="replay-chat-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <ol aria-label={t("list")} className="max-h-96 space-y-2 overflow-y-auto pr-1">
          {messages.map((message) => (
            <li
              key={message.id}
              className={
                message.role === "candidate"
                  ? "ml-8 rounded-lg bg-brand-50 px-3 py-2 text-sm dark:bg-slate-800"
                  : "mr-8 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700"
              }
            >
              <span className="block text-xs font-medium text-slate-500 dark:text-slate-400">
                {t(message.role === "candidate" ? "you" : "interviewer")}
              </span>
              {message.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
