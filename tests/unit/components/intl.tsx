import { render as rtlRender, type RenderOptions } from "@testing-library/react";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// Component tests render inside the same provider as the app (app/layout.tsx), with the real
// message catalogues, so a missing key or a changed English text fails here as in the browser.
export * from "@testing-library/react";

export function render(ui: ReactElement, { locale = "en", ...options }: RenderOptions & { locale?: Locale } = {}) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
  return rtlRender(ui, { wrapper: Wrapper, ...options });
}

/** A translator for one namespace, as the components' pure helpers take it. */
export function translator(namespace: string, locale: Locale = "en") {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never });
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}
