// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { SessionReportSchema } from "@/lib/report/session-report";
import { renderIntl } from "@/tests/support/intl";
import { makeSessionReport } from "../../report/fixture";

afterEach(cleanup);
const conceptHref = (id: string) => `/concepts/${id}`;
const report = SessionReportSchema.parse(JSON.parse(JSON.stringify(makeSessionReport())));

describe("ReportView in Korean", () => {
  it("names its sections, score and phase chart in Korean and leaves no English heading", () => {
    renderIntl(<ReportView report={report} conceptHref={conceptHref} />, { locale: "ko" });
    expect(screen.getByRole("article", { name: `리포트: ${report.prompt.title}` })).toBeTruthy();
    for (const name of ["점수", "점수 산정 방식", "단계별 소요 시간", "발견 사항", "지연 시간, 가용성, 비용", "장애 시나리오"]) {
      expect(screen.getByRole("region", { name })).toBeTruthy();
    }
    const score = screen.getByRole("group", { name: "점수" });
    expect(within(score).getByText("내가 명확히 한 요구사항 기준 점수")).toBeTruthy();
    expect(screen.getByRole("img", { name: /권장 구간 대비 단계별 소요 시간/ })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "단계별 소요 시간" })).getAllByRole("listitem")[0].textContent).toMatch(/^1단계 문제 이해: /);
    expect(screen.getByRole("heading", { name: "가용성" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Availability" })).toBeNull();
    // The fixture leaves three requirements unasked: the cost sentence and the table say so in Korean.
    expect(screen.getByTestId("gap-sentence").textContent).toMatch(/^일간 활성 사용자 수, .* 항목을 묻지 않아 \d+점을 잃었습니다\.$/);
    expect(screen.getByRole("table", { name: "명확히 하지 않은 요구사항" }).textContent).toContain("묻지 않음: 1,000,000 가정");
    expect(screen.queryByText(/Score against the requirements you clarified/)).toBeNull();
  });

  it("shows the prompt title and the concept links' names it is given in the reader's language", () => {
    const concepts = [...new Set(report.clarified.score.criteria.map((c) => c.concept).filter(Boolean))];
    const names = Object.fromEntries(concepts.slice(0, 1).map((id) => [id, `개념 ${id}`]));
    renderIntl(<ReportView report={report} conceptHref={conceptHref} title="번역된 제목" conceptNames={names} />, { locale: "ko" });
    const article = screen.getByRole("article", { name: "리포트: 번역된 제목" });
    expect(within(article).getByRole("heading", { level: 1 }).textContent).toBe("번역된 제목");
    const links = within(article).getAllByRole("link").map((a) => a.textContent);
    expect(links).toContain(`개념 학습: 개념 ${concepts[0]}`);
    // A concept without a translated name keeps its id in words.
    if (concepts[1]) expect(links).toContain(`개념 학습: ${concepts[1].replaceAll("-", " ")}`);
    expect(concepts.length).toBeGreaterThan(1);
  });
});
