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

describe("the report's checklist in the reader's language", () => {
  it("shows an item's Korean text from content/checklists, and the stored English without it", async () => {
    const { ChecklistResults } = await import("@/components/report/checklist-results");
    const { loadChecklists } = await import("@/lib/content/checklists");
    const { checklistWords } = await import("@/lib/report/checklist-words");
    const path = await import("node:path");
    const { checklists } = await loadChecklists(path.join(import.meta.dirname, "../../../../content/checklists"));
    const first = checklists.find((c) => c.phase === 1)!.items[0];
    const item = { phase: 1 as const, id: first.id, kind: first.kind, text: first.text, status: "met" as const, explanation: null };
    const korean = first.ko!.text;
    renderIntl(<ChecklistResults items={[item]} words={checklistWords(checklists, "ko")} />, { locale: "ko" });
    expect(screen.getByText(korean, { exact: false })).toBeTruthy();
    expect(screen.queryByText(first.text, { exact: false })).toBeNull();
    cleanup();
    renderIntl(<ChecklistResults items={[{ ...item, id: "not-in-content" }]} words={checklistWords(checklists, "ko")} />, { locale: "ko" });
    expect(screen.getByText(first.text, { exact: false })).toBeTruthy();
    expect(checklistWords(checklists, "en")).toEqual({});
  });
});
