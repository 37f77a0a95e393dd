import { useLocale, useTranslations } from "next-intl";
import { ESTIMATE_FIELD_UI } from "@/components/interview/panels/estimator";
import { REQUIREMENT_FIELD_UI } from "@/components/interview/panels/requirement-fields";
import { asLocale } from "@/lib/i18n/locales";
import type { SessionState } from "@/lib/interview/fold";
import { formatRequirement } from "@/lib/report/format";

// Labels come from the sheet's and the estimator's messages, numbers from the report's formatter:
// replay shows a requirement exactly as the candidate and the report saw it. A field the sheet
// does not know (an older log) is shown by its name.

/** The requirements sheet as it stood at the replay time. */
export function ReplayRequirements({ state }: { state: Pick<SessionState, "requirements" | "functional" | "estimates"> }) {
  const requirements = Object.entries(state.requirements).filter(([, entry]) => entry !== undefined);
  const estimates = Object.entries(state.estimates);
  const t = useTranslations("replay.requirements");
  const tInterview = useTranslations("interview");
  const locale = asLocale(useLocale());
  const requirementLabel = (field: string) => (field in REQUIREMENT_FIELD_UI ? tInterview(`requirements.fields.${field}.label`) : field);
  const estimateLabel = (field: string) => (field in ESTIMATE_FIELD_UI ? tInterview(`estimator.fields.${field}`) : field);
  return (
    <section aria-labelledby="replay-requirements-heading" className="min-w-0 space-y-3">
      <h2 id="replay-requirements-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {state.functional.length > 0 ? (
        <ul aria-label={t("functional")} className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
          {state.functional.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {requirements.length === 0 && estimates.length === 0 && state.functional.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{t("empty")}</p>
      ) : null}
      {requirements.length > 0 ? (
        <dl aria-label={t("nonFunctional")} className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere]">
          {requirements.map(([field, entry]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{requirementLabel(field)}</dt>
              <dd>
                {formatRequirement(field, entry!.value, locale)}{" "}
                <span className="text-xs text-slate-500">{t(entry!.source === "fact" ? "fromInterviewer" : "assumed")}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {estimates.length > 0 ? (
        <dl aria-label={t("estimates")} className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {estimates.map(([field, value]) => (
            <div key={field} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{estimateLabel(field)}</dt>
              <dd>{value === undefined ? "—" : formatRequirement(field, value, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
