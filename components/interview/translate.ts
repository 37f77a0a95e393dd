/**
 * A translator bound to the "interview" namespace, for the panels' pure helpers: next-intl's
 * `useTranslations("interview")` in components, `createTranslator` in tests.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
