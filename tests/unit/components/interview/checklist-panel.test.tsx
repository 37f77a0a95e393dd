// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChecklistPanel, type ChecklistPanelItem } from "@/components/interview/panels/checklist-panel";

afterEach(cleanup);

const items: ChecklistPanelItem[] = [
  {
    item: { id: "ask-first", kind: "do", text: "Ask before you draw", why: "Scope first.", rule: "asked-before-drawing" },
    auto: { status: "met", explanation: "4 questions before the first component." },
    ticked: false,
  },
  {
    item: { id: "write-assumptions", kind: "do", text: "Write down your assumptions", why: "So they can be checked." },
    auto: null,
    ticked: false,
  },
  {
    item: { id: "no-jump", kind: "dont", text: "Jump to a solution", why: "You will solve the wrong problem." },
    auto: null,
    ticked: true,
  },
  {
    item: { id: "estimates", kind: "do", text: "Estimate the load", why: "Numbers guide the design.", rule: "wrote-estimates" },
    auto: { status: "unmet", explanation: "No estimate was written in phase 1." },
    ticked: false,
  },
];

describe("ChecklistPanel", () => {
  it("groups do's and don'ts and shows auto-decided items as status, not checkboxes", () => {
    render(<ChecklistPanel phase={1} items={items} onTick={() => {}} />);
    const dos = screen.getByRole("group", { name: "Do" });
    const donts = screen.getByRole("group", { name: "Don't" });
    expect(within(dos).getAllByRole("listitem")).toHaveLength(3);
    expect(within(donts).getAllByRole("listitem")).toHaveLength(1);
    expect(within(dos).getByText("Met")).toBeTruthy();
    expect(within(dos).getByText("4 questions before the first component.")).toBeTruthy();
    expect(within(dos).getByText("Not met")).toBeTruthy();
    // Only the two manual items are tickable.
    expect(screen.getAllByRole("checkbox")).toHaveLength(2);
    expect(screen.queryByRole("checkbox", { name: "Ask before you draw" })).toBeNull();
    expect(screen.getByText("You will solve the wrong problem.").closest("details")).toBeTruthy();
  });

  it("ticks and unticks a manual item", () => {
    const onTick = vi.fn<(itemId: string, checked: boolean) => void>();
    render(<ChecklistPanel phase={1} items={items} onTick={onTick} />);
    const assumptions = screen.getByRole("checkbox", { name: "Write down your assumptions" }) as HTMLInputElement;
    expect(assumptions.checked).toBe(false);
    fireEvent.click(assumptions);
    expect(onTick).toHaveBeenLastCalledWith("write-assumptions", true);
    const jump = screen.getByRole("checkbox", { name: "Jump to a solution" }) as HTMLInputElement;
    expect(jump.checked).toBe(true);
    fireEvent.click(jump);
    expect(onTick).toHaveBeenLastCalledWith("no-jump", false);
  });
});

describe("ChecklistPanel in the reader's language", () => {
  const explanationText = { key: "checklistRules.askedBeforeDrawing.met", params: { count: 4, needed: 3 } };
  const asked: ChecklistPanelItem = { ...items[0], auto: { status: "met", explanation: "You asked 4 questions before placing the first component.", explanationText } };

  it("renders an explanation from its key in Korean, and the English from the same key", () => {
    render(<ChecklistPanel phase={1} items={[asked]} onTick={() => {}} />, { locale: "ko" });
    expect(screen.getByText("첫 컴포넌트를 배치하기 전에 질문을 4개 했습니다.")).toBeTruthy();
    expect(screen.queryByText(asked.auto!.explanation)).toBeNull();
    cleanup();
    render(<ChecklistPanel phase={1} items={[asked]} onTick={() => {}} />);
    expect(screen.getByText("You asked 4 questions before placing the first component.")).toBeTruthy();
  });

  it("falls back to the English explanation without a text (or with a key the catalogue lacks)", () => {
    const unknown: ChecklistPanelItem = { ...items[3], auto: { status: "unmet", explanation: "No estimate was written in phase 1.", explanationText: { key: "checklistRules.nope" } } };
    render(<ChecklistPanel phase={1} items={[items[0], unknown]} onTick={() => {}} />, { locale: "ko" });
    expect(screen.getByText("4 questions before the first component.")).toBeTruthy();
    expect(screen.getByText("No estimate was written in phase 1.")).toBeTruthy();
  });

  it("shows a Korean reader each item's Korean text and why, and the English where an item has none", () => {
    const korean: ChecklistPanelItem[] = [
      { ...items[1], item: { ...items[1].item, ko: { text: "가정을 적으세요", why: "확인할 수 있도록." } } },
      { ...items[0], item: { ...items[0].item, ko: { text: "그리기 전에 질문하세요", why: "범위가 먼저입니다." } } },
      items[2],
    ];
    render(<ChecklistPanel phase={1} items={korean} onTick={() => {}} />, { locale: "ko" });
    expect(screen.getByRole("checkbox", { name: "가정을 적으세요" })).toBeTruthy();
    expect(screen.getByText("그리기 전에 질문하세요")).toBeTruthy();
    expect(screen.getByText("범위가 먼저입니다.").closest("details")).toBeTruthy();
    expect(screen.queryByText("Ask before you draw")).toBeNull();
    expect(screen.getByRole("checkbox", { name: "Jump to a solution" })).toBeTruthy();
  });
});
