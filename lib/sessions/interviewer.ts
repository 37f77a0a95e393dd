import { decideReply, type ConversationState } from "@/lib/interview/conversation";
import type { ChatMessage } from "@/lib/interview/fold";
import { writtenInKorean } from "@/lib/interview/text-normalize";
import type { Locale } from "@/lib/i18n/locales";
import { modelProducts } from "@/lib/interview/modelled-on";
import { localizePrompt } from "@/lib/prompts/localize";
import type { PromptDocument } from "@/lib/prompts/schema";
import type { Report } from "@/lib/simulator/schema";
import { formatText, text, type TextParam } from "@/lib/simulator/text";

/** A server-made event before it is stored (the store stamps `at`). */
export type PendingServerEvent = { id: string; type: string; payload: unknown; at?: Date };

/**
 * The interviewer's answer to the candidate's latest message (the last in `state.chat`): a
 * reply to a probe, a clarification, or the matched facts' answers (which become clarified
 * requirements on the sheet, marked as from the interviewer) — lib/interview/conversation.ts
 * says which. Ids derive from the question's id, so a retried append adds nothing twice.
 */
export function answerQuestion(prompt: PromptDocument, question: { id: string; text: string }, state: ConversationState): PendingServerEvent[] {
  // The interviewer answers in the language of the question: a Korean question gets the facts'
  // Korean answers (English where a fact has none), whatever the interface language is.
  const spoken = localizePrompt(prompt, writtenInKorean(question.text) ? "ko" : "en").prompt;
  const probes = spoken.probes.map((probe, index) => ({ index, ask: probe.ask, lookFor: probe.lookFor }));
  // "How many users does WhatsApp have?" on a prompt "like WhatsApp" asks our own figures.
  const decision = decideReply(question.text, state, spoken.facts, probes, undefined, modelProducts([prompt.statement, prompt.summary]));
  const payload: Record<string, unknown> = { questionId: question.id, factIds: decision.factIds, text: decision.text, kind: decision.kind };
  if (decision.probeIndex !== undefined) payload.probeIndex = decision.probeIndex;
  if (decision.matched !== undefined) payload.matched = decision.matched;
  const events: PendingServerEvent[] = [{ id: `srv-reply-${question.id}`, type: "interviewer_replied", payload }];
  const alreadyRevealed = new Set(state.revealedFactIds);
  for (const factId of decision.factIds) {
    if (alreadyRevealed.has(factId)) continue;
    const fact = prompt.facts.find((candidate) => candidate.id === factId);
    for (const [field, value] of Object.entries(fact?.sets ?? {})) {
      if (value === undefined) continue;
      events.push({
        id: `srv-set-${field}-${question.id}`,
        type: "requirement_set",
        payload: { field, value, source: "fact", factId },
      });
    }
  }
  return events;
}

/**
 * The language the interviewer speaks when it speaks first (a probe, a curveball): the language
 * of the candidate's latest message, as a reply to a question is; English before any message.
 */
export function spokenLocale(chat: readonly Pick<ChatMessage, "role" | "text">[]): Locale {
  const last = chat.findLast((message) => message.role === "candidate");
  return last && writtenInKorean(last.text) ? "ko" : "en";
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/**
 * What the interviewer says after a simulator run: one or two sentences from the top findings,
 * the way an interviewer would nudge rather than lecture. Spoken in `locale` (the language of
 * the candidate's latest message, as every interviewer line is); the words are the
 * `interviewerFeedback` messages and each finding's own text, so English and Korean share a shape.
 */
export function feedbackReply(report: Report, locale: Locale = "en"): string {
  const say = (key: string, params?: Record<string, TextParam>) => formatText(text(`interviewerFeedback.${key}`, params), locale);
  const finding = (f: Report["findings"][number]) => (f.text && locale !== "en" ? formatText(f.text, locale) : f.message);
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const top = findings[0];
  const score = say("score", { band: report.score.band.replace(/ /g, "_"), score: Math.round(report.score.total) });
  if (!top) return say("noWeakness", { score });
  const second = findings[1];
  const lead = say(top.severity === "critical" ? "worriesMost" : "lookAt", { finding: finding(top) });
  if (!second || second.severity === "info") return say("single", { lead, score });
  // English continues the sentence ("Also, the db ..."); Korean has no case to lower.
  const next = locale === "en" ? lowerFirst(second.message) : finding(second);
  return say("withSecond", { lead, second: next, score });
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0].toLowerCase() + text.slice(1) : text;
}
