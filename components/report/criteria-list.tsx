import type { Criterion } from "@/lib/simulator/schema";
import { groupCriteria } from "@/lib/report/criteria-groups";
import { withNodeLabels, type NodeLabels } from "@/lib/report/node-labels";
import { useTranslations } from "next-intl";
import { ConceptLink, type ConceptNames } from "./concept-link";
import { useSimText } from "./use-sim-text";
import type { ConceptHref } from "./report-section";

const RESULT_TONE: Record<Criterion["result"], string> = {
  pass: "bg-emerald-500",
  partial: "bg-amber-500",
  fail: "bg-red-500",
  "not-assessed": "bg-slate-400",
};

function CriterionRow({ criterion, conceptHref, labels, conceptNames }: { criterion: Criterion; conceptHref: ConceptHref; labels: NodeLabels; conceptNames?: ConceptNames }) {
  const t = useTranslations("report.criteria");
  const words = useSimText();
  const label = words(criterion.labelText, criterion.label);
  const share = criterion.max > 0 ? Math.min(1, Math.max(0, criterion.points / criterion.max)) : 0;
  return (
    <li id={`criterion-${criterion.id}`} className="scroll-mt-20 py-3" data-criterion={criterion.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-medium">{label}</h4>
        <p className="text-sm tabular-nums">
          {t.rich("points", { points: criterion.points, max: criterion.max, strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
          <span className="sr-only">{t("result", { result: criterion.result })}</span>
        </p>
      </div>
      <div aria-hidden="true" className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className={`h-full rounded-full ${RESULT_TONE[criterion.result]}`} style={{ width: `${share * 100}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">{withNodeLabels(words(criterion.evidenceText, criterion.evidence), labels)}</p>
      <ConceptLink concept={criterion.concept} conceptHref={conceptHref} context={label} names={conceptNames} />
    </li>
  );
}

/** Each criterion with its points as a bar, its evidence and its concept, grouped the way interviewers grade. */
export function CriteriaList({ criteria, conceptHref, labels = {}, conceptNames }: { criteria: readonly Criterion[]; conceptHref: ConceptHref; labels?: NodeLabels; conceptNames?: ConceptNames }) {
  const t = useTranslations("report.criteria");
  return (
    <div className="space-y-6">
      {groupCriteria(criteria).map((group) => (
        <section key={group.id} aria-labelledby={`criteria-${group.id}`}>
          <h3 id={`criteria-${group.id}`} className="flex justify-between border-b border-slate-200 pb-1 font-semibold dark:border-slate-700">
            <span>{t.has(`groups.${group.id}`) ? t(`groups.${group.id}`) : group.title}</span>
            <span className="tabular-nums text-slate-600 dark:text-slate-400">
              {group.points} / {group.max}
            </span>
          </h3>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {group.criteria.map((c) => (
              <CriterionRow key={c.id} criterion={c} conceptHref={conceptHref} labels={labels} conceptNames={conceptNames} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
