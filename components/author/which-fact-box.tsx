"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { WhichFactAnswer } from "@/lib/authoring/which-fact";
import { Section } from "./fields";

/** "Which fact answers this?": the interview's matcher on the facts as they are in the form. */
export function WhichFactBox({ facts, about }: { facts: () => unknown[]; about?: () => { statement?: string; summary?: string } }) {
  const t = useTranslations("author.whichFact");
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState<WhichFactAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch("/api/author/which-fact", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question, facts: facts(), ...about?.() }),
    }).catch(() => null);
    setBusy(false);
    const body = (await response?.json().catch(() => null)) as (WhichFactAnswer & { detail?: string; problems?: { path: string; message: string }[] }) | null;
    if (response?.ok && body) setAnswer(body);
    else {
      setAnswer(null);
      setError([body?.detail ?? t("unreachable"), ...(body?.problems ?? []).slice(0, 3).map((p) => `${p.path.replace(/^body\./, "")}: ${p.message}`)].join(" "));
    }
  }

  return (
    <Section title={t("title")}>
      <form onSubmit={ask} className="flex flex-wrap items-end gap-2" aria-label={t("title")}>
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="which-fact-question" className="block text-sm font-medium">
            {t("question")}
          </label>
          <input id="which-fact-question" className={inputClass} value={question} onChange={(e) => setQuestion(e.target.value)} placeholder={t("placeholder")} />
        </div>
        <button type="submit" className={buttonClass.secondary} disabled={busy || question.trim() === ""}>
          {t("find")}
        </button>
      </form>
      <div aria-live="polite" className="text-sm">
        {error ? <p className="text-red-600">{error}</p> : null}
        {answer ? (
          <div className="space-y-2" data-testid="which-fact-result">
            {answer.facts.length === 0 ? (
              <p>{t("noFact")}</p>
            ) : (
              <ul className="space-y-1">
                {answer.facts.map((fact) => (
                  <li key={fact.id}>
                    <strong>{fact.id}</strong> ({fact.topic}){fact.sets.length > 0 ? t("sets", { fields: fact.sets.join(", ") }) : ""}
                  </li>
                ))}
              </ul>
            )}
            <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700 dark:text-slate-300">{answer.reply}</blockquote>
            {answer.topics.length > 0 ? <p className="text-xs text-slate-500">{t("understood", { topics: answer.topics.join(", ") })}</p> : null}
          </div>
        ) : null}
      </div>
    </Section>
  );
}
