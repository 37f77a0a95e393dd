import { nodeName, withNodeLabels, type NodeLabels } from "@/lib/report/node-labels";
import { SEVERITIES, type Finding } from "@/lib/simulator/schema";
import { useTranslations } from "next-intl";
import { ConceptLink, type ConceptNames } from "./concept-link";
import { useSimText } from "./use-sim-text";
import type { ConceptHref } from "./report-section";

const SEVERITY_TONE: Record<Finding["severity"], string> = {
  critical: "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/50",
  warning: "border-amber-300 bg-amber-50 dark:border-amber-900 dark:bg-amber-950/50",
  info: "border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50",
};

/** The simulator's findings, most severe first, each with the nodes it names and its concept. */
export function FindingsList({ findings, conceptHref, labels = {}, conceptNames }: { findings: readonly Finding[]; conceptHref: ConceptHref; labels?: NodeLabels; conceptNames?: ConceptNames }) {
  const t = useTranslations("report.findings");
  const words = useSimText();
  if (findings.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <div className="space-y-4">
      {SEVERITIES.filter((sev) => findings.some((f) => f.severity === sev)).map((sev) => (
        <div key={sev}>
          <h3 className="font-semibold">
            {t("severity", { severity: sev, count: findings.filter((f) => f.severity === sev).length })}
          </h3>
          <ul className="mt-2 space-y-2">
            {findings
              .filter((f) => f.severity === sev)
              .map((f, i) => (
                <li key={`${f.id}-${i}`} className={`rounded-md border p-3 text-sm ${SEVERITY_TONE[sev]}`}>
                  <p className="[overflow-wrap:anywhere]">{withNodeLabels(words(f.text, f.message), labels)}</p>
                  <p className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400">
                    {f.nodes.length > 0 ? <span>{t("nodes", { nodes: f.nodes.map((id) => nodeName(id, labels)).join(", ") })}</span> : null}
                    <ConceptLink concept={f.concept} conceptHref={conceptHref} context={f.id} names={conceptNames} />
                  </p>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
