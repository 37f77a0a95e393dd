import { render, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { translatorFor } from "@/lib/i18n/translators";

// The one place component tests get their messages from: the real catalogues, so a missing key
// or a changed English text fails here as in the browser. Tests import the testing library from
// here too, with `render` wrapped in the app's message provider.
export * from "@testing-library/react";
export { renderIntl as render };

/** The provider the root layout gives every page, for component tests (English by default). */
export function IntlWrapper({ children, locale = "en" }: { children: ReactNode; locale?: Locale }) {
  return (
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** render() inside the message provider: client components can call useTranslations. */
export function renderIntl(ui: ReactElement, options: RenderOptions & { locale?: Locale } = {}) {
  const { locale = "en", ...rest } = options;
  return render(ui, { wrapper: ({ children }) => <IntlWrapper locale={locale}>{children}</IntlWrapper>, ...rest });
}

/** A translator for one namespace, as the components' pure helpers take it. */
export function translator(namespace: string, locale: Locale = "en"): Translate {
  return translatorFor(locale, namespace);
}
