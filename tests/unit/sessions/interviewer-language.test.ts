import path from "node:path";
import { describe, expect, it } from "vitest";
import { foldEvents } from "@/lib/interview/fold";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { localizePrompt } from "@/lib/prompts/localize";
import type { PromptDocument } from "@/lib/prompts/schema";
import { answerQuestion, spokenLocale } from "@/lib/sessions/interviewer";

// "The interviewer answers in the language of the question": the reply to a Korean question
// is the facts' Korean answers, to an English one the English answers, whatever the interface
// language; a fact with no Korean answer still answers, in English.

const { prompts } = await loadPromptFiles(path.join(import.meta.dirname, "../../../content/prompts"));
const urlShortener = prompts.find((p) => p.slug === "url-shortener") as PromptDocument;
const retention = urlShortener.facts.find((f) => f.id === "retention");
if (!retention?.ko?.answer) throw new Error("url-shortener's retention fact needs a Korean answer for this test");

function replyText(prompt: PromptDocument, text: string): { text: string; factIds: string[] } {
  const state = foldEvents([]);
  const [reply] = answerQuestion(prompt, { id: "q1", text }, state);
  return reply.payload as { text: string; factIds: string[] };
}

describe("answerQuestion's language", () => {
  it("answers an English question in English", () => {
    const reply = replyText(urlShortener, "How long do we need to keep the links?");
    expect(reply.factIds).toContain("retention");
    expect(reply.text).toContain(retention.answer);
  });

  it("answers a Korean question with the Korean answer", () => {
    const reply = replyText(urlShortener, "링크는 얼마나 오래 보관해야 하나요?");
    expect(reply.factIds).toContain("retention");
    expect(reply.text).toContain(retention.ko?.answer);
    expect(reply.text).not.toContain(retention.answer);
  });

  it("answers a Korean question in English when the fact has no Korean answer", () => {
    const untranslated: PromptDocument = { ...urlShortener, facts: urlShortener.facts.map((f) => ({ ...f, ko: undefined })) };
    const reply = replyText(untranslated, "링크는 얼마나 오래 보관해야 하나요?");
    expect(reply.factIds).toContain("retention");
    expect(reply.text).toContain(retention.answer);
  });
});

describe("spokenLocale", () => {
  it("speaks first in the language of the candidate's latest message, English before any", () => {
    expect(spokenLocale([])).toBe("en");
    expect(spokenLocale([{ role: "interviewer", text: "안녕하세요" }])).toBe("en");
    expect(spokenLocale([{ role: "candidate", text: "사용자 수는요?" }, { role: "interviewer", text: "About 10 million." }])).toBe("ko");
    expect(spokenLocale([{ role: "candidate", text: "사용자 수는요?" }, { role: "candidate", text: "And the peak?" }])).toBe("en");
  });

  it("picks the Korean probe and curveball texts for a Korean conversation", () => {
    const locale = spokenLocale([{ role: "candidate", text: "피크 트래픽은요?" }]);
    const spoken = localizePrompt(urlShortener, locale).prompt;
    expect(spoken.probes[0].ask).toBe(urlShortener.probes[0].ko?.ask);
    expect(spoken.curveballs[0].say).toBe(urlShortener.curveballs[0].ko?.say);
  });
});
