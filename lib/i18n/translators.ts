import { createTranslator } from "next-intl";
import { catalogues } from "./messages";
import type { Locale } from "./locales";
import type { Translate } from "./translate";

/**
 * A next-intl translator over the bundled catalogues, for code that renders words outside a
 * request (the Markdown export, the report's sentences, progress summaries): one per locale and
 * namespace ("" for the whole catalogue), built once. Server code only: it carries both catalogues.
 */

const cache = new Map<string, Translate>();

export function translatorFor(locale: Locale, namespace: string): Translate {
  const id = `${locale}\u0000${namespace}`;
  let t = cache.get(id);
  if (!t) {
    const made = createTranslator({ locale, messages: catalogues[locale], ...(namespace ? { namespace: namespace as never } : {}) });
    t = (key, values) => (made as unknown as Translate)(key, values);
    cache.set(id, t);
  }
  return t;
}
