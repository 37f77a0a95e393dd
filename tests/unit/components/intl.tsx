import { createTranslator } from "next-intl";
import { catalogues } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { renderIntl } from "@/tests/support/intl";

// Component tests of the interview, board, replay and editor import the testing library from
// here: `render` wraps in the app's message provider (tests/support/intl.tsx), with the real
// catalogues, so a missing key or a changed English text fails here as in the browser.
export * from "@testing-library/react";
export { renderIntl as render };

/** A translator for one namespace, as the components' pure helpers take it. */
export function translator(namespace: string, locale: Locale = "en") {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never });
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}
