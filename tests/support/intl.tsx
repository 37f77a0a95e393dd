import { render, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

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
