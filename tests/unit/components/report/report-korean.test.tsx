// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FindingsList } from "@/components/report/findings-list";
import { ScenarioResults } from "@/components/report/scenario-results";
import { CriteriaList } from "@/components/report/criteria-list";
import { SessionReportSchema } from "@/lib/report/session-report";
import { formatText } from "@/lib/simulator/text";
import { renderIntl } from "@/tests/support/intl";
import { makeSessionReport } from "../../report/fixture";

afterEach(cleanup);
const conceptHref = (id: string) => `/concepts/${id}`;
// Stored and read back, as the report page gets it.
const report = SessionReportSchema.parse(JSON.parse(JSON.stringify(makeSessionReport())));
const { findings, scenarios, score } = report.clarified;

describe("the report's simulator text in the reader's language", () => {
  it("renders findings, scenario summaries and criteria in Korean from their keys", () => {
    expect(findings.length).toBeGreaterThan(0);
    renderIntl(
      <>
        <FindingsList findings={findings} conceptHref={conceptHref} />
        <ScenarioResults scenarios={scenarios} />
        <CriteriaList criteria={score.criteria} conceptHref={conceptHref} />
      </>,
      { locale: "ko" },
    );
    for (const f of findings) {
      expect(screen.getByText(formatText(f.text!, "ko"))).toBeTruthy();
      expect(screen.queryByText(f.message)).toBeNull();
    }
    expect(screen.getByText(formatText(scenarios[0].summaryText!, "ko"))).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toContain(formatText(score.criteria[0].labelText!, "ko"));
  });

  it("shows the stored English of a report saved before texts existed", () => {
    const old = findings.map(({ text: _text, ...f }) => f);
    renderIntl(<FindingsList findings={old} conceptHref={conceptHref} />, { locale: "ko" });
    for (const f of old) expect(screen.getByText(f.message)).toBeTruthy();
  });
});
