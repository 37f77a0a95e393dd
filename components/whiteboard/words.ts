import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/**
 * What the board's pure helpers need to say something: a translator bound to the "whiteboard"
 * namespace (next-intl's `useTranslations("whiteboard")`, or `createTranslator` in tests) and
 * the locale, for numbers.
 */
export type Words = { t: Translate; locale: Locale | string };

/** 10000 → "10 000" in English (a thin space groups the thousands, as the report does), "10,000" in Korean. */
export function groupedNumber(value: number, locale: string): string {
  if (locale === "en") return value.toLocaleString("en-US").replace(/,/g, "\u2009");
  return new Intl.NumberFormat(locale).format(value);
}
