/**
 * The interface languages. English is the default and the fallback for every missing text;
 * Korean follows the source notes the product grew from.
 */
export const locales = ["en", "ko"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie that carries a visitor's choice before (or without) an account. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The best supported language in an Accept-Language header ("ko-KR,ko;q=0.9,en;q=0.8"), by
 * quality then order; English when none is supported or the header is absent or malformed.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.find((entry) => isLocale(entry.base))?.base as Locale | undefined ?? defaultLocale;
}

/** A locale string from next-intl (`getLocale()`, `useLocale()`) as one of ours, English if not. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}
