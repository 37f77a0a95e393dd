import type { Report } from "@/lib/simulator/schema";
import { formatRequirement } from "@/lib/report/format";
import { requirementLabel } from "@/lib/report/requirement-gap";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useSimText } from "./use-sim-text";

/** Requirements the design does not meet: what was asked and what the simulator measured. */
export function UnmetRequirements({ unmet }: { unmet: Report["unmetRequirements"] }) {
  const t = useTranslations("report.unmet");
  const tReq = useTranslations("report.requirements");
  const locale = useLocale() as Locale;
  const words = useSimText();
  if (unmet.length === 0) return <p className="text-sm text-emerald-700 dark:text-emerald-400">{t("none")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">{t("requirement")}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t("target")}</th>
          <th scope="col" className="py-1 font-medium">{t("actual")}</th>
        </tr>
      </thead>
      <tbody>
        {unmet.map((u) => (
          <tr key={u.requirement} className="border-t border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 font-normal">{tReq.has(u.requirement) ? tReq(u.requirement) : requirementLabel(u.requirement)}</th>
            <td className="py-1 pr-3 tabular-nums">{formatRequirement(u.requirement, u.target, locale)}</td>
            <td className="py-1 tabular-nums text-red-700 dark:text-red-400">{u.actualText ? words(u.actualText, String(u.actual)) : formatRequirement(u.requirement, u.actual, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
