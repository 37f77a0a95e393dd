import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** A year: the choice outlives sessions on this browser; the account keeps it across browsers. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The Set-Cookie value that remembers a language on this browser (readable by the server only). */
export function localeCookie(locale: Locale, secure: boolean): string {
  return [`${LOCALE_COOKIE}=${locale}`, "Path=/", `Max-Age=${MAX_AGE_SECONDS}`, "SameSite=Lax", "HttpOnly", ...(secure ? ["Secure"] : [])].join("; ");
}

/**
 * The language a request's Cookie header remembers, or null: read from the request itself, so a
 * route handler needs no request-scoped `cookies()` (and works wherever it is called).
 */
export function localeFromCookieHeader(header: string | null): Locale | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === LOCALE_COOKIE) {
      const chosen = value.join("=").trim();
      return isLocale(chosen) ? chosen : null;
    }
  }
  return null;
}
