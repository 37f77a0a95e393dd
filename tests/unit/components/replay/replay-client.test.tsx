// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PLAY_TICK_MS, ReplayClient } from "@/components/replay/replay-client";
import { EVENTS, START } from "./events";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// jsdom does not lay out text; ProseMirror asks for rectangles when it scrolls.
if (typeof Range.prototype.getClientRects !== "function") {
  Range.prototype.getClientRects = () => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
}

const chatTexts = () => {
  const list = screen.queryByRole("list", { name: "Conversation so far" });
  return list ? within(list).getAllByRole("listitem").map((item) => item.textContent) : [];
};

describe("ReplayClient", () => {
  it("starts at the beginning with an empty chat and a keyboard-operable slider over the session", () => {
    render(<ReplayClient events={EVENTS} startedAt={START} />);
    const slider = screen.getByRole("slider", { name: "Replay time" }) as HTMLInputElement;
    expect(slider.type).toBe("range");
    expect(slider.min).toBe("0");
    expect(slider.max).toBe("600");
    expect(slider.value).toBe("0");
    expect(chatTexts()).toEqual([]);
    expect(screen.getByText(/Phase 1:/)).toBeTruthy();
  });

  it("shows the chat up to the slider's time as the slider moves, forwards and back", () => {
    render(<ReplayClient events={EVENTS} startedAt={START} />);
    const slider = screen.getByRole("slider", { name: "Replay time" });

    fireEvent.change(slider, { target: { value: "13" } });
    expect(chatTexts()).toEqual(["YouHow many daily active users?", "InterviewerAbout 10 million."]);
    expect(screen.getByRole("status", { name: "Replay clock" }).textContent).toBe("0:13 of 10:00");

    fireEvent.change(slider, { target: { value: "95" } });
    expect(chatTexts()).toHaveLength(3);
    expect(chatTexts()[2]).toContain("What is the read to write ratio?");
    // The requirement set at 20 s is on the sheet by now.
    expect(screen.getByRole("definition").textContent).toContain("10,000,000");

    fireEvent.change(slider, { target: { value: "12" } });
    expect(chatTexts()).toEqual([]);
  });

  it("jumps to an event marker and follows the phase", () => {
    render(<ReplayClient events={EVENTS} startedAt={START} />);
    fireEvent.click(screen.getByRole("button", { name: /Phase 1 → 2/ }));
    expect((screen.getByRole("slider", { name: "Replay time" }) as HTMLInputElement).value).toBe("301");
    expect(screen.getByText(/Phase 2:/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /Phase 1 → 2/ }).getAttribute("aria-current")).toBe("step");
    // The notes shown are the current phase's.
    expect(screen.getByRole("textbox", { name: "Phase 2 notes" })).toBeTruthy();
  });

  it("plays at the chosen speed and pauses", () => {
    vi.useFakeTimers();
    render(<ReplayClient events={EVENTS} startedAt={START} />);
    fireEvent.click(screen.getByRole("button", { name: "16×" }));
    expect(screen.getByRole("button", { name: "16×" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    // One second of wall time at 16× is 16 s of interview: past the first question at 13 s.
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    const slider = screen.getByRole("slider", { name: "Replay time" }) as HTMLInputElement;
    expect(Number(slider.value)).toBe(16);
    expect(chatTexts()).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    act(() => {
      vi.advanceTimersByTime(5 * PLAY_TICK_MS);
    });
    expect(Number(slider.value)).toBe(16);

    // Playing on runs to the end and stops there: (600 - 16) / 16 = 36.5 s of wall time.
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => {
      vi.advanceTimersByTime(40_000);
    });
    expect(slider.value).toBe("600");
    expect(screen.getByRole("button", { name: "Play" })).toBeTruthy();
  });
});
