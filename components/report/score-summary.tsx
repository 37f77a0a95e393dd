import type { Report } from "@/lib/simulator/schema";
import type { RequirementGap } from "@/lib/report/requirement-gap";
import { gapSentence } from "@/lib/report/requirement-gap";
import { formatAssumed, formatRequirement } from "@/lib/report/format";

const BAND_TONE: Record<Report["score"]["band"], string> = {
  "no hire": "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  "lean no hire": "bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-200",
  "lean hire": "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  hire: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  "strong hire": "bg-emerald-200 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
};

/** The headline: the score against what was clarified, and beside it the cost of not asking. */
export function ScoreSummary({ clarified, full, gaps }: { clarified: Report["score"]; full: Report["score"]; gaps: readonly RequirementGap[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-[auto_1fr]">
      <div aria-label="Score" role="group">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Score against the requirements you clarified</p>
        <p className="mt-1 flex items-baseline gap-2">
          <span className="text-6xl font-bold tracking-tight" data-testid="score-total">
            {clarified.total}
          </span>
          <span className="text-xl text-slate-500 dark:text-slate-400">/ {clarified.max}</span>
        </p>
        <p className={`mt-2 inline-block rounded-full px-3 py-1 text-sm font-semibold capitalize ${BAND_TONE[clarified.band]}`} data-testid="score-band">
          {clarified.band}
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Against the prompt&apos;s full requirements</p>
        <p className="mt-1 text-2xl font-semibold" data-testid="full-total">
          {full.total} / {full.max} <span className="text-base font-medium capitalize text-slate-600 dark:text-slate-400">({full.band})</span>
        </p>
        <p className="mt-2 text-sm" data-testid="gap-sentence">
          {gapSentence(gaps, clarified.total, full.total)}
        </p>
        {gaps.length > 0 ? (
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Requirements you did not clarify</caption>
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Requirement</th>
                <th scope="col" className="py-1 pr-3 font-medium">You used</th>
                <th scope="col" className="py-1 font-medium">The prompt&apos;s</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.field} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">{g.label}</th>
                  <td className="py-1 pr-3">{g.clarified === undefined ? formatAssumed(g.field) : formatRequirement(g.field, g.clarified)}</td>
                  <td className="py-1">{formatRequirement(g.field, g.full)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </div>
  );
}
