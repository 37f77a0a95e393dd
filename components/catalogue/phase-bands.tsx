import type { PublicPrompt } from "./public-prompt";

/** The four phases with the minutes this prompt gives each. */
export function PhaseBands({ phases }: { phases: PublicPrompt["phases"] }) {
  const total = phases.reduce((sum, p) => ({ min: sum.min + p.minMinutes, max: sum.max + p.maxMinutes }), { min: 0, max: 0 });
  return (
    <section aria-labelledby="phases-heading" className="space-y-3">
      <h2 id="phases-heading" className="text-lg font-semibold">
        The four phases
      </h2>
      <ol className="space-y-3">
        {phases.map((phase) => (
          <li key={phase.number} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium">
                {phase.number}. {phase.title}
              </h3>
              <span className="text-sm font-semibold tabular-nums text-slate-700 dark:text-slate-300">
                {phase.minMinutes}–{phase.maxMinutes} min
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{phase.guide}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        In all {total.min}–{total.max} minutes; the interview is planned for 45.
      </p>
    </section>
  );
}
