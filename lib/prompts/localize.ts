import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { PromptDocument } from "./schema.ts";

// A prompt keeps its English text as the canonical fields and its Korean text beside them, field
// by field (`ko` in schema.ts), so a prompt can be translated a piece at a time. Everything that
// shows a prompt's words (the catalogue, the statement, the interviewer's answers, probes and
// curveballs) picks them here: the translation where there is one, else the English, and says
// which fields fell back so the page can show a small note.

export type LocalizedPrompt = {
  /** The same document with its displayed texts in `locale` where a translation exists. */
  prompt: PromptDocument;
  locale: Locale;
  /** True when at least one displayed text had no translation and is shown in English. */
  fellBack: boolean;
  /** The translation fields that were missing, e.g. "ko.title", "facts[3].ko.answer". */
  missing: string[];
};

type Texts = { title: string; summary: string; statement: string };

function hasText(translated: string | undefined): translated is string {
  return translated !== undefined && translated.trim() !== "";
}

/** One text: the translation if present, else the English (recorded in `missing` under `path`). */
function pick(english: string, translated: string | undefined, path: string, missing: string[]): string {
  if (hasText(translated)) return translated;
  missing.push(path);
  return english;
}

/** One displayed text in `locale` (a probe's question, a curveball's announcement), English where untranslated. */
export function localizedText(english: string, translated: string | undefined, locale: Locale): string {
  return locale !== defaultLocale && hasText(translated) ? translated : english;
}

/**
 * The prompt with every displayed text in `locale`: title, summary, statement, each fact's
 * answer, each probe's question and each curveball's announcement. Ids, phrasings (`ask`, which
 * match questions in any language), numbers and the reference design are unchanged, so the
 * result can go anywhere the original document goes (toPublicPrompt, answerQuestion).
 */
export function localizePrompt(doc: PromptDocument, locale: Locale): LocalizedPrompt {
  if (locale === defaultLocale) return { prompt: doc, locale, fellBack: false, missing: [] };
  const missing: string[] = [];
  const ko = doc.ko;
  const prompt: PromptDocument = {
    ...doc,
    title: pick(doc.title, ko?.title, "ko.title", missing),
    summary: pick(doc.summary, ko?.summary, "ko.summary", missing),
    statement: pick(doc.statement, ko?.statement, "ko.statement", missing),
    facts: doc.facts.map((fact, i) => ({ ...fact, answer: pick(fact.answer, fact.ko?.answer, `facts[${i}].ko.answer`, missing) })),
    probes: doc.probes.map((probe, i) => ({ ...probe, ask: pick(probe.ask, probe.ko?.ask, `probes[${i}].ko.ask`, missing) })),
    curveballs: doc.curveballs.map((ball, i) => ({ ...ball, say: pick(ball.say, ball.ko?.say, `curveballs[${i}].ko.say`, missing) })),
  };
  return { prompt, locale, fellBack: missing.length > 0, missing };
}

/**
 * Just the catalogue card's texts (title and summary), for lists that do not load whole
 * documents. `ko` is the document's `ko` object (or the matching stored columns).
 */
export function localizePromptCard<T extends Pick<Texts, "title" | "summary">>(
  card: T,
  ko: Partial<Pick<Texts, "title" | "summary">> | undefined,
  locale: Locale,
): T & { fellBack: boolean } {
  if (locale === defaultLocale) return { ...card, fellBack: false };
  const missing: string[] = [];
  const title = pick(card.title, ko?.title, "ko.title", missing);
  const summary = pick(card.summary, ko?.summary, "ko.summary", missing);
  return { ...card, title, summary, fellBack: missing.length > 0 };
}
