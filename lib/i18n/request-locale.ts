import "server-only";
import { accountLocale } from "./account-locale";
import { chooseLocale } from "./choose";
import { localeFromCookieHeader } from "./locale-cookie";
import type { Locale } from "./locales";

/**
 * The language of a route handler's request, by the same rule as pages (./choose.ts), read from
 * the request itself and the caller's id: no second session decode through next-intl.
 */
export async function localeOfRequest(req: Request, userId: string | null): Promise<Locale> {
  return chooseLocale({
    account: userId ? await accountLocale(userId) : null,
    cookie: localeFromCookieHeader(req.headers.get("cookie")),
    acceptLanguage: req.headers.get("accept-language"),
  });
}
