// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChecklistResults } from "@/components/report/checklist-results";
import { SessionReportSchema, type SessionChecklistItem } from "@/lib/report/session-report";
import { renderIntl } from "@/tests/support/intl";
import { makeSessionReport } from "../../report/fixture";

afterEach(cleanup);

// As the report page reads it: stored (JSON) and parsed back through the report's schema.
const stored = (item: SessionChecklistItem) => SessionReportSchema.parse(JSON.parse(JSON.stringify({ ...makeSessionReport(), checklist: [item] }))).checklist;

const item: SessionChecklistItem = {
  phase: 2,
  id: "phase-2-time",
  kind: "do",
  text: "Spend 10–15 minutes on the high-level design",
  status: "met",
  explanation: "Phase 2 took 12 minutes, within its 10–15 minute band.",
  explanationText: { key: "checklistRules.phaseInBand.within", params: { phase: 2, minutes: 12, min: 10, max: 15 } },
};

describe("the report's checklist explanations in the reader's language", () => {
  it("keeps the explanation text through storage and renders it in Korean", () => {
    renderIntl(<ChecklistResults items={stored(item)} />, { locale: "ko" });
    expect(screen.getByText("2단계에 12분이 걸려 권장 10–15분 안에 들었습니다.")).toBeTruthy();
    expect(screen.queryByText(item.explanation!)).toBeNull();
  });

  it("renders the same English as the stored explanation", () => {
    renderIntl(<ChecklistResults items={stored(item)} />, { locale: "en" });
    expect(screen.getByText(item.explanation!)).toBeTruthy();
  });

  it("shows the stored English of a report saved before explanation texts existed", () => {
    const { explanationText: _text, ...old } = item;
    renderIntl(<ChecklistResults items={stored(old)} />, { locale: "ko" });
    expect(screen.getByText(item.explanation!)).toBeTruthy();
  });
});
