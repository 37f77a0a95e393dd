"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { issueText, type IssueLike } from "@/lib/i18n/issue-text";
import { renderWith } from "@/lib/simulator/text-tree";

/**
 * What a form says about a zod issue it found itself, in the reader's language: English
 * readers get the schema's own sentence (the same words the API answers with), others the
 * issue's text (lib/i18n/issue-text.ts) from the `problems` messages.
 */
export function useIssueWords(): (issue: IssueLike) => string {
  const locale = useLocale();
  const t = useTranslations();
  return useCallback(
    (issue: IssueLike) => (locale === "en" ? issue.message : renderWith(issueText(issue), locale, (key, params) => t(key as never, params as never))),
    [locale, t],
  );
}
