import { autoLayout } from "@/lib/report/auto-layout";
import type { ChecklistWords } from "@/lib/report/checklist-words";
import { nodeLabels } from "@/lib/report/node-labels";
import { requirementGaps } from "@/lib/report/requirement-gap";
import type { Board, SessionReport } from "@/lib/report/session-report";
import { ChecklistResults } from "./checklist-results";
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
 */
export function ReportView({ report, conceptHref, checklistWords }: { report: SessionReport; conceptHref: ConceptHref; checklistWords?: ChecklistWords }) {
  const { clarified, full } = report;
  const gaps = requirementGaps(report.requirements.clarified, report.requirements.full);
  const submitted = new Date(report.submittedAt);
  // Sentences name nodes as the candidate labelled them on the board, not by their ids.
  const labels = nodeLabels(report.design.design.nodes);
  return (
    <article aria-label={`Report: ${report.prompt.title}`} className="space-y-6">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Report · submitted{" "}
          <time dateTime={report.submittedAt}>{submitted.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
          {report.reason === "timeout" ? " when time ran out" : ""} · prompt version {report.prompt.version}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{report.prompt.title}</h1>
      </header>

      <ReportSection id="score" title="Score">
        <ScoreSummary clarified={clarified.score} full={full.score} gaps={gaps} />
      </ReportSection>

      <ReportSection id="criteria" title="How the score was made" description="Every check with its points, the numbers behind it and the concept it teaches.">
        <CriteriaList criteria={clarified.score.criteria} conceptHref={conceptHref} labels={labels} />
      </ReportSection>

      <ReportSection id="phases" title="Time per phase">
        <PhaseTimeChart phaseSeconds={report.phaseSeconds} bands={report.bands} />
      </ReportSection>

      <ReportSection id="checklist" title="Do's and don'ts">
        <ChecklistResults items={report.checklist} words={checklistWords} />
      </ReportSection>

      <ReportSection id="findings" title="Findings">
        <FindingsList findings={clarified.findings} conceptHref={conceptHref} labels={labels} />
      </ReportSection>

      <ReportSection id="unmet" title="Unmet requirements">
        <UnmetRequirements unmet={clarified.unmetRequirements} />
      </ReportSection>

      <ReportSection id="service" title="Latency, availability and cost">
        <ServiceSummary report={clarified} />
      </ReportSection>

      <ReportSection id="scenarios" title="Failure scenarios" description="Share of requests served over each scenario's timeline.">
        <ScenarioResults scenarios={clarified.scenarios} />
      </ReportSection>

      <ReportSection id="designs" title="Your design and the reference">
        <DesignComparison
          yours={report.design}
          reference={report.reference ? placed(report.reference) : null}
          results={{ components: clarified.components, spofs: clarified.spofs }}
        />
      </ReportSection>
    </article>
  );
}
