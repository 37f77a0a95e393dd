import { describe, expect, it } from "vitest";
import { asLocale, isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("localeFromAcceptLanguage", () => {
  it("picks the best supported language by quality, then order", () => {
    expect(localeFromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de, ko;q=0.1")).toBe("ko");
  });
  it("falls back to English for absent, unsupported, refused or malformed headers", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("en");
    expect(localeFromAcceptLanguage("fr, de")).toBe("en");
    expect(localeFromAcceptLanguage("ko;q=0")).toBe("en");
    expect(localeFromAcceptLanguage(";;,q=,ko;q=abc")).toBe("en");
  });
  it("knows its locales", () => {
    expect(isLocale("ko")).toBe(true);
    expect(isLocale("kr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(asLocale("ko")).toBe("ko");
    expect(asLocale("fr")).toBe("en");
  });
});
