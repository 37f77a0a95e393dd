import { useLocale, useTranslations } from "next-intl";
import { renderWith, type Text } from "@/lib/simulator/text-tree";

/**
 * The simulator's language-neutral text in the reader's language, through next-intl: every
 * key of a text (and of its nested clauses) is looked up in the reader's catalogue. A report
 * stored before texts existed, or a key the catalogue lacks, shows the stored English instead.
 * Works in server components that are not async as well as in client ones.
 */
export function useSimText(): (text: Text | undefined, english: string) => string {
  const t = useTranslations();
  const locale = useLocale();
  return (text, english) => {
    if (!text) return english;
    try {
      return renderWith(text, locale, (key, params) => {
        if (!t.has(key as never)) throw new Error(`no message ${key}`);
        return t(key as never, params as never);
      });
    } catch {
      return english;
    }
  };
}
