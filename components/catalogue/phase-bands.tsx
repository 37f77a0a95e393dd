import { useTranslations } from "next-intl";
import type { PublicPrompt } from "./public-prompt";

/** The four phases with the minutes this prompt gives each. */
export function PhaseBands({ phases }: { phases: PublicPrompt["phases"] }) {
  const t = useTranslations("catalogue");
  const total = phases.reduce((sum, p) => ({ min: sum.min + p.minMinutes, max: sum.max + p.maxMinutes }), { min: 0, max: 0 });
  return (
    <section aria-labelledby="phases-heading" className="space-y-3">
      <h2 id="phases-heading" className="text-lg font-semibold">
        {t("phasesHeading")}
      </h2>
      <ol className="space-y-3">
        {phases.map((phase) => (
          <li key={phase.number} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium">
                {t("phaseTitle", { number: phase.number, title: t(`phase.${phase.number}.title`) })}
              </h3>
              <span className="text-sm font-semibold tabular-nums text-slate-700 dark:text-slate-300">
                {t("minutesRange", { min: phase.minMinutes, max: phase.maxMinutes })}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t(`phase.${phase.number}.guide`)}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("phasesTotal", { min: total.min, max: total.max, planned: 45 })}
      </p>
    </section>
  );
}
