import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./messages";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./locales";

/**
 * next-intl's per-request configuration (no locale in the URL): the visitor's stored choice
 * (cookie, written with the account setting), else the browser's Accept-Language, else English.
 */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
