import { describe, expect, it } from "vitest";
import { chooseLocale } from "@/lib/i18n/choose";
import { localeCookie, localeFromCookieHeader } from "@/lib/i18n/locale-cookie";

describe("chooseLocale", () => {
  it("the account's setting wins over the cookie and the browser", () => {
    expect(chooseLocale({ account: "ko", cookie: "en", acceptLanguage: "en-US" })).toBe("ko");
    expect(chooseLocale({ account: "en", cookie: "ko", acceptLanguage: "ko-KR" })).toBe("en");
  });
  it("without a setting, the cookie, then Accept-Language, then English", () => {
    expect(chooseLocale({ account: null, cookie: "ko", acceptLanguage: "en" })).toBe("ko");
    expect(chooseLocale({ account: null, cookie: null, acceptLanguage: "ko-KR,ko;q=0.9" })).toBe("ko");
    expect(chooseLocale({})).toBe("en");
  });
  it("ignores values that are not a supported language", () => {
    expect(chooseLocale({ account: "fr", cookie: "xx", acceptLanguage: "ko" })).toBe("ko");
  });
});

describe("localeCookie", () => {
  it("is site-wide, long-lived, server-only, and Secure on https", () => {
    expect(localeCookie("ko", false)).toBe("NEXT_LOCALE=ko; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    expect(localeCookie("en", true)).toMatch(/; Secure$/);
  });
});

describe("localeFromCookieHeader", () => {
  it("reads the remembered language from a Cookie header, and nothing else", () => {
    expect(localeFromCookieHeader("a=1; NEXT_LOCALE=ko; b=2")).toBe("ko");
    expect(localeFromCookieHeader("NEXT_LOCALE=en")).toBe("en");
    expect(localeFromCookieHeader("NEXT_LOCALE=fr; x=ko")).toBeNull();
    expect(localeFromCookieHeader("MY_NEXT_LOCALE=ko")).toBeNull();
    expect(localeFromCookieHeader(null)).toBeNull();
  });
});
