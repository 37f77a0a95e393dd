import en from "@/content/messages/en.json";
import ko from "@/content/messages/ko.json";
import type { Locale } from "./locales";

/**
 * The message catalogues, bundled at build time. Keys are namespaced by area (common, report,
 * interview, …); tests/unit/i18n checks both languages hold the same keys with valid ICU syntax.
 */
export type Messages = typeof en;
export const catalogues: Record<Locale, Messages> = { en, ko: ko as Messages };
