/**
 * A translator bound to one namespace, for pure helpers that produce sentences: next-intl's
 * `useTranslations(ns)` in components, `getTranslations(ns)` on the server, `translatorFor`
 * (./translators.ts) outside a request, `createTranslator` in tests. Catalogue-free, so
 * client code can name it.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
