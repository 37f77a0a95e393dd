"use client";

import { useTranslations } from "next-intl";
import { Whiteboard, type BoardResults, type BoardValue } from "@/components/whiteboard/whiteboard";

const noop = () => {};

/**
 * The candidate's board and the prompt's reference, side by side and read-only. A client
 * component because the whiteboard is one; it receives only data, already laid out.
 */
export function DesignComparison({ yours, reference, results }: { yours: BoardValue; reference: BoardValue | null; results: BoardResults | null }) {
  const t = useTranslations("report.design");
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold">{t("yours")}</h3>
        <Whiteboard value={yours} onChange={noop} results={results} readOnly ariaLabel={t("yours")} />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{t("reference")}</h3>
        {reference ? (
          <Whiteboard value={reference} onChange={noop} readOnly ariaLabel={t("reference")} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
        )}
      </div>
    </div>
  );
}
