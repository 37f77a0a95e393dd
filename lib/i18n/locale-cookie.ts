import { LOCALE_COOKIE, type Locale } from "./locales";

/** A year: the choice outlives sessions on this browser; the account keeps it across browsers. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The Set-Cookie value that remembers a language on this browser (readable by the server only). */
export function localeCookie(locale: Locale, secure: boolean): string {
  return [`${LOCALE_COOKIE}=${locale}`, "Path=/", `Max-Age=${MAX_AGE_SECONDS}`, "SameSite=Lax", "HttpOnly", ...(secure ? ["Secure"] : [])].join("; ");
}
