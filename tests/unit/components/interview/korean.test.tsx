// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeClock } from "@/lib/interview/clock";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { earlyExitWarning } from "@/components/interview/panels/exit-warnings";
import { PhaseHeader } from "@/components/interview/panels/phase-header";
import { saveText } from "@/components/interview/panels/save-indicator";
import { Palette } from "@/components/whiteboard/palette";
import { cleanup, render, screen, translator, within } from "@/tests/support/intl";

afterEach(cleanup);

const start = new Date("2025-01-01T10:00:00Z");
const clock = computeClock({
  startedAt: start,
  now: new Date(start.getTime() + 12 * 60_000),
  mode: "PRACTICE",
  bands: DEFAULT_PHASE_BANDS_MINUTES,
  advances: [{ at: new Date(start.getTime() + 8 * 60_000), to: 2 }],
  timeScale: 1,
});

// The interview screen in the Korean catalogue: the phase bar and the board's palette are the
// first things a Korean-speaking candidate reads, so their names must come from ko.json.
describe("the interview screen in Korean", () => {
  it("names the phases, the band and the buttons in Korean", () => {
    render(<PhaseHeader clock={clock} mode="PRACTICE" bands={DEFAULT_PHASE_BANDS_MINUTES} submitting={false} onNextPhase={vi.fn()} onSubmit={vi.fn()} />, { locale: "ko" });
    const phases = screen.getByRole("navigation", { name: "면접 단계" });
    const items = within(phases).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining("문제 이해"),
      expect.stringContaining("개략적 설계"),
      expect.stringContaining("상세 설계"),
      expect.stringContaining("마무리"),
    ]);
    expect(items[1]).toHaveProperty("ariaCurrent", "step");
    expect(items[0].textContent).toContain("1단계: ");
    expect(items[0].textContent).toContain("(완료)");
    expect(screen.getByRole("timer", { name: "남은 시간" }).textContent).toBe("33:00");
    expect(screen.getByRole("button", { name: "다음 단계" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "면접 제출" })).toBeTruthy();
    expect(screen.getByText("연습 모드")).toBeTruthy();
    // No English left in the bar.
    expect(document.body.textContent).not.toMatch(/Phase|Submit|High-level|minute/);
  });

  it("lists the palette's components by their Korean names", () => {
    render(<Palette onAdd={vi.fn()} />, { locale: "ko" });
    expect(screen.getByRole("heading", { name: "컴포넌트" })).toBeTruthy();
    for (const name of ["로드 밸런서", "웹 서버", "캐시", "SQL 데이터베이스", "메시지 큐", "워커", "DNS", "CDN"]) {
      expect(screen.getByRole("button", { name: `${name} 추가` })).toBeTruthy();
    }
    expect(screen.queryByRole("button", { name: /Add/ })).toBeNull();
  });

  it("keeps the English names in the English catalogue", () => {
    render(<Palette onAdd={vi.fn()} />);
    expect(screen.getByRole("button", { name: "Add load balancer" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add web server" })).toBeTruthy();
  });

  it("says the warnings and the autosave status in Korean, numbers as arguments", () => {
    const ko = translator("interview", "ko");
    expect(earlyExitWarning({ phase: 1, phaseElapsedSeconds: 65 }, DEFAULT_PHASE_BANDS_MINUTES, ko)).toBe(
      `1단계에서 1분 5초 동안 머물렀어요. 이 단계의 권장 시간은 ${DEFAULT_PHASE_BANDS_MINUTES[0][0]}–${DEFAULT_PHASE_BANDS_MINUTES[0][1]}분이에요. 그래도 넘어갈까요?`,
    );
    expect(saveText("offline", 3, ko)).toBe("오프라인 — 변경 3개 대기 중");
    expect(saveText("offline", 1, translator("interview"))).toBe("Offline — 1 change waiting");
  });
});
