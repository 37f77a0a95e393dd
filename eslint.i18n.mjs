import i18next from "eslint-plugin-i18next";

/**
 * Folders whose user-facing text comes from content/messages (issue 13): a literal string in
 * their JSX is an error. Each area joins the list when its strings have moved — one line each.
 */
export const translatedPaths = [
  "app/*.tsx",
  "app/(auth)/**/*.tsx",
  "app/(app)/home/**/*.tsx",
  "app/(app)/practice/**/*.tsx",
  "app/(app)/history/**/*.tsx",
  "app/(app)/cohorts/**/*.tsx",
  "app/(app)/join/**/*.tsx",
  "app/(app)/sessions/**/*.tsx",
  "app/concepts/**/*.tsx",
  "components/layout/**/*.tsx",
  "components/auth/**/*.tsx",
  "components/ui/**/*.tsx",
  "components/catalogue/**/*.tsx",
  "components/interview/**/*.tsx",
  "components/whiteboard/**/*.tsx",
  "components/author/**/*.tsx",
  "components/editor/**/*.tsx",
  "components/replay/**/*.tsx",
  "app/(app)/interview/**/*.tsx",
  "app/(app)/author/**/*.tsx",
  "components/report/**/*.tsx",
  "components/history/**/*.tsx",
  "components/progress/**/*.tsx",
  "components/content/**/*.tsx",
  "components/export/**/*.tsx",
  "components/coaching/**/*.tsx",
];

/**
 * JSX text and the attributes people read (labels, titles, placeholders, alt text) must come
 * from a translator; class names, ids, hrefs and other machine values may stay literal.
 */
export const noLiteralStringRule = [
  "error",
  {
    mode: "jsx-only",
    "jsx-attributes": { include: ["aria-label", "aria-description", "aria-valuetext", "title", "placeholder", "alt", "label"] },
    // The plugin's defaults (digits and punctuation, CONSTANT_CASE, entities) plus typographic
    // marks and the product's name, which is the same in every language.
    words: { exclude: ["[0-9!-/:-@[-`{-~]+", "[A-Z_-]+", "[\\s\\d!-/:-@[-`{-~–—·…×→←↑↓]+", "DesignDrill", "DD"] },
    // Translator calls: next-intl's t, t.rich/markup/raw/has, and named translators (tPhase).
    callees: {
      exclude: ["t", "t\\.(rich|markup|raw|has)", "t[A-Z]\\w*", "t[A-Z]\\w*\\.(rich|markup|raw|has)", "require", "addEventListener", "removeEventListener", "includes", "indexOf", "endsWith", "startsWith"],
    },
    // Chart, link and Intl formatting settings inside JSX props are machine values.
    "object-properties": {
      exclude: ["[A-Z_-]+", "position", "fill", "stroke", "type", "dataKey", "textAnchor", "layout", "mode", "method", "rel", "dateStyle", "timeStyle", "timeZone", "year", "month", "day", "hour", "minute", "weekday", "style", "unit", "unitDisplay", "notation"],
    },
  },
];

export function i18nConfig(files = translatedPaths) {
  return { files, plugins: { i18next }, rules: { "i18next/no-literal-string": noLiteralStringRule } };
}
