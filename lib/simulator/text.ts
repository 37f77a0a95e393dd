import { IntlMessageFormat } from "intl-messageformat";
import en from "../../content/messages/en.json";
import ko from "../../content/messages/ko.json";
import { renderWith, type Text } from "./text-tree.ts";

// Texts rendered from the message catalogues: the simulator's English fields, the CLI, tests.
// Everything about the texts themselves lives in ./text-tree.ts (re-exported here).
export * from "./text-tree.ts";

export type TextLocale = "en" | "ko";
type Catalogue = Record<string, unknown>;
const CATALOGUES: Record<TextLocale, Catalogue> = { en, ko };

/** The ICU source of a key ("simulator.findings.spof"), or undefined when the catalogue has none. */
export function messageSource(key: string, locale: TextLocale): string | undefined {
  let node: unknown = CATALOGUES[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const compiled = new Map<string, IntlMessageFormat>();
function formatter(key: string, locale: TextLocale): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    const source = messageSource(key, locale);
    if (source === undefined) throw new Error(`no ${locale} message for ${key}`);
    f = new IntlMessageFormat(source, locale);
    compiled.set(id, f);
  }
  return f;
}

/** A text in a language, from the catalogues (pure: the simulator and the CLI use it without next-intl). */
export function formatText(t: Text, locale: TextLocale = "en"): string {
  return renderWith(t, locale, (key, params) => String(formatter(key, locale).format(params)));
}

