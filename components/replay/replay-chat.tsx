import type { ChatMessage } from "@/lib/interview/fold";

/** The conversation up to the replay time. */
export function ReplayChat({ messages }: { messages: ChatMessage[] }) {
  return (
    <section aria-labelledby="replay-chat-heading" className="space-y-2">
      <h2 id="replay-chat-heading" className="text-base font-semibold">
        Conversation
      </h2>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No questions yet at this point.</p>
      ) : (
        <ol aria-label="Conversation so far" className="max-h-96 space-y-2 overflow-y-auto pr-1">
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
                {message.role === "candidate" ? "You" : "Interviewer"}
              </span>
              {message.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
