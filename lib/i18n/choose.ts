import { defaultLocale, isLocale, localeFromAcceptLanguage, type Locale } from "./locales";

/**
 * Which language a request gets, in order: the signed-in user's stored setting (the source of
 * truth, so a second browser follows the account), else this browser's cookie (the switch
 * writes it, signed in or not), else the browser's Accept-Language, else English.
 */
export function chooseLocale(sources: { account?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.account)) return sources.account;
  if (isLocale(sources.cookie)) return sources.cookie;
  return sources.acceptLanguage ? localeFromAcceptLanguage(sources.acceptLanguage) : defaultLocale;
}
