import { useFormatter, useLocale, useTranslations } from "next-intl";
import { autoLayout } from "@/lib/report/auto-layout";
import type { ChecklistWords } from "@/lib/report/checklist-words";
import { nodeLabels } from "@/lib/report/node-labels";
import { requirementGaps } from "@/lib/report/requirement-gap";
import type { Board, SessionReport } from "@/lib/report/session-report";
import { ChecklistResults } from "./checklist-results";
import type { ConceptNames } from "./concept-link";
import { CriteriaList } from "./criteria-list";
import { DesignComparison } from "./design-comparison";
import { FindingsList } from "./findings-list";
import { PhaseTimeChart } from "./phase-time-chart";
import { ReportSection, type ConceptHref } from "./report-section";
import { ScenarioResults } from "./scenario-results";
import { ScoreSummary } from "./score-summary";
import { ServiceSummary } from "./service-summary";
import { UnmetRequirements } from "./unmet-requirements";

/** A reference design comes without positions: lay it out unless every node already has one. */
function placed(board: Board): Board {
  const complete = board.design.nodes.every((n) => board.layout[n.id]);
  return complete ? board : { design: board.design, layout: autoLayout(board.design) };
}

/**
 * The scored report of a submitted session, read from the stored SessionReport only. The
 * findings, numbers and scenarios are those of the clarified requirements (what the candidate
 * designed for); the full-requirements score sits beside the total as the cost of not asking.
 * `title` is the prompt's title in the reader's language (the report stores the English one);
 * `conceptNames` the concept notes' translated titles for the "Learn" links.
 */
export function ReportView({
  report,
  conceptHref,
  checklistWords,
  title = report.prompt.title,
  conceptNames,
}: {
  report: SessionReport;
  conceptHref: ConceptHref;
  checklistWords?: ChecklistWords;
  title?: string;
  conceptNames?: ConceptNames;
}) {
  const { clarified, full } = report;
  const gaps = requirementGaps(report.requirements.clarified, report.requirements.full);
  const t = useTranslations("report.view");
  const format = useFormatter();
  const locale = useLocale();
  const submitted = new Date(report.submittedAt);
  // English keeps the ISO-like stamp it always showed; other languages get their own date order.
  const stamp =
    locale === "en"
      ? submitted.toISOString().slice(0, 16).replace("T", " ")
      : format.dateTime(submitted, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "UTC" });
  // Sentences name nodes as the candidate labelled them on the board, not by their ids.
  const labels = nodeLabels(report.design.design.nodes);
  return (
    <article aria-label={t("label", { title })} className="space-y-6">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.rich("submitted", {
            date: t("utc", { date: stamp }),
            reason: report.reason === "timeout" ? "timeout" : "other",
            version: report.prompt.version,
            time: (chunks) => <time dateTime={report.submittedAt}>{chunks}</time>,
          })}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      </header>

      <ReportSection id="score" title={t("sections.score")}>
        <ScoreSummary clarified={clarified.score} full={full.score} gaps={gaps} />
      </ReportSection>

      <ReportSection id="criteria" title={t("sections.criteria")} description={t("sections.criteriaDescription")}>
        <CriteriaList criteria={clarified.score.criteria} conceptHref={conceptHref} labels={labels} conceptNames={conceptNames} />
      </ReportSection>

      <ReportSection id="phases" title={t("sections.phases")}>
        <PhaseTimeChart phaseSeconds={report.phaseSeconds} bands={report.bands} />
      </ReportSection>

      <ReportSection id="checklist" title={t("sections.checklist")}>
        <ChecklistResults items={report.checklist} words={checklistWords} />
      </ReportSection>

      <ReportSection id="findings" title={t("sections.findings")}>
        <FindingsList findings={clarified.findings} conceptHref={conceptHref} labels={labels} conceptNames={conceptNames} />
      </ReportSection>

      <ReportSection id="unmet" title={t("sections.unmet")}>
        <UnmetRequirements unmet={clarified.unmetRequirements} />
      </ReportSection>

      <ReportSection id="service" title={t("sections.service")}>
        <ServiceSummary report={clarified} />
      </ReportSection>

      <ReportSection id="scenarios" title={t("sections.scenarios")} description={t("sections.scenariosDescription")}>
        <ScenarioResults scenarios={clarified.scenarios} />
      </ReportSection>

      <ReportSection id="designs" title={t("sections.designs")}>
        <DesignComparison
          yours={report.design}
          reference={report.reference ? placed(report.reference) : null}
          results={{ components: clarified.components, spofs: clarified.spofs }}
        />
      </ReportSection>
    </article>
  );
}
