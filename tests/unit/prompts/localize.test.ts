import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { localizePrompt, localizePromptCard } from "@/lib/prompts/localize";
import { PromptDocumentSchema, type PromptDocument } from "@/lib/prompts/schema";
import { validPrompt } from "./fixture";

const PROMPTS_DIR = path.join(import.meta.dirname, "../../../content/prompts");
const HANGUL = /[\uac00-\ud7a3]/;
const loaded = await loadPromptFiles(PROMPTS_DIR);

function prompt(extra: (doc: Record<string, unknown>) => void = () => {}): PromptDocument {
  const doc = validPrompt();
  doc.curveballs = [{ atMinute: 20, say: "Traffic doubled." }];
  extra(doc);
  return PromptDocumentSchema.parse(doc);
}

describe("content/prompts in Korean", () => {
  it("loads prompts to check", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.prompts.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(loaded.prompts.map((p) => [p.slug, p] as const))("%s", (_slug, doc) => {
    it("has a Korean title, summary, statement, fact answers, probes and curveballs", () => {
      expect(localizePrompt(doc, "ko").missing).toEqual([]);
    });

    it("shows Korean text in every displayed field", () => {
      const { prompt: ko } = localizePrompt(doc, "ko");
      const texts = [ko.title, ko.summary, ko.statement, ...ko.facts.map((f) => f.answer), ...ko.probes.map((p) => p.ask), ...ko.curveballs.map((c) => c.say)];
      expect(texts.filter((text) => !HANGUL.test(text))).toEqual([]);
    });
  });
});

describe("localizePrompt", () => {
  it("returns the English document untouched for English", () => {
    const doc = prompt((d) => (d.ko = { title: "작은 서비스 설계" }));
    const result = localizePrompt(doc, "en");
    expect(result).toEqual({ prompt: doc, locale: "en", fellBack: false, missing: [] });
  });

  it("puts every Korean text in place and keeps ids, phrasings and numbers", () => {
    const doc = prompt((d) => {
      d.ko = { title: "작은 서비스 설계", summary: "테스트용 문제입니다.", statement: "설계하세요." };
      for (const fact of d.facts as Record<string, unknown>[]) fact.ko = { answer: `${String(fact.answer)} (한국어)` };
      (d.probes as Record<string, unknown>[])[0].ko = { ask: "캐시는 어디에 있나요?" };
      (d.curveballs as Record<string, unknown>[])[0].ko = { say: "트래픽이 두 배가 되었습니다." };
    });
    const { prompt: ko, fellBack, missing } = localizePrompt(doc, "ko");
    expect(fellBack).toBe(false);
    expect(missing).toEqual([]);
    expect([ko.title, ko.summary, ko.statement]).toEqual(["작은 서비스 설계", "테스트용 문제입니다.", "설계하세요."]);
    expect(ko.facts[0]).toMatchObject({ id: "dau", answer: "1 million. (한국어)", ask: doc.facts[0].ask, sets: doc.facts[0].sets });
    expect(ko.probes[0]).toMatchObject({ ask: "캐시는 어디에 있나요?", lookFor: ["cache"], when: { missing: "cache" } });
    expect(ko.curveballs[0]).toMatchObject({ say: "트래픽이 두 배가 되었습니다.", atMinute: 20 });
    expect(ko.referenceDesign).toBe(doc.referenceDesign);
  });

  it("falls back to English, and says so, for a prompt with no Korean text", () => {
    const doc = prompt();
    const result = localizePrompt(doc, "ko");
    expect(result.fellBack).toBe(true);
    expect(result.prompt.title).toBe("Design a tiny service");
    expect(result.prompt.facts.map((f) => f.answer)).toEqual(doc.facts.map((f) => f.answer));
    expect(result.missing).toEqual([
      "ko.title",
      "ko.summary",
      "ko.statement",
      "facts[0].ko.answer",
      "facts[1].ko.answer",
      "facts[2].ko.answer",
      "facts[3].ko.answer",
      "probes[0].ko.ask",
      "curveballs[0].ko.say",
    ]);
  });

  it("falls back field by field for a partly translated prompt", () => {
    const doc = prompt((d) => {
      d.ko = { title: "작은 서비스 설계" };
      (d.facts as Record<string, unknown>[])[0].ko = { answer: "100만 명입니다." };
    });
    const { prompt: ko, fellBack, missing } = localizePrompt(doc, "ko");
    expect(fellBack).toBe(true);
    expect(ko.title).toBe("작은 서비스 설계");
    expect(ko.summary).toBe("A prompt for tests.");
    expect(ko.facts[0].answer).toBe("100만 명입니다.");
    expect(ko.facts[1].answer).toBe("10 reads, 1 write.");
    expect(missing).toContain("ko.summary");
    expect(missing).not.toContain("ko.title");
    expect(missing).not.toContain("facts[0].ko.answer");
  });
});

describe("localizePromptCard", () => {
  const card = { slug: "tiny-service", title: "Design a tiny service", summary: "A prompt for tests." };

  it("uses the Korean title and summary when both exist", () => {
    expect(localizePromptCard(card, { title: "작은 서비스 설계", summary: "테스트용 문제입니다." }, "ko")).toEqual({
      slug: "tiny-service",
      title: "작은 서비스 설계",
      summary: "테스트용 문제입니다.",
      fellBack: false,
    });
  });

  it("falls back to English with the flag when a Korean text is missing or blank", () => {
    expect(localizePromptCard(card, undefined, "ko")).toEqual({ ...card, fellBack: true });
    expect(localizePromptCard(card, { title: "작은 서비스 설계", summary: "  " }, "ko")).toEqual({ ...card, title: "작은 서비스 설계", fellBack: true });
  });

  it("ignores Korean text for English", () => {
    expect(localizePromptCard(card, { title: "작은 서비스 설계" }, "en")).toEqual({ ...card, fellBack: false });
  });
});
