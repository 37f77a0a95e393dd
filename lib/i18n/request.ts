import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/session";
import { accountLocale } from "./account-locale";
import { chooseLocale } from "./choose";
import { catalogues } from "./messages";
import { LOCALE_COOKIE } from "./locales";

/**
 * next-intl's per-request configuration (no locale in the URL): the signed-in user's stored
 * language, else the browser's cookie, else Accept-Language, else English (./choose.ts). The
 * session is a JWT the header decodes anyway (getSession is cached per request); the account's
 * language costs one primary-key read, and only for signed-in visitors.
 */
export default getRequestConfig(async () => {
  const user = await getSession();
  const locale = chooseLocale({
    account: user ? await accountLocale(user.id) : null,
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
