// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeClock } from "@/lib/interview/clock";
import { DEFAULT_PHASE_BANDS_MINUTES } from "@/lib/interview/phases";
import { formatText } from "@/lib/simulator/text";
import { PhaseHeader, timeLeftAnnouncement } from "@/components/interview/panels/phase-header";
import { saveAnnouncement, SaveIndicator } from "@/components/interview/panels/save-indicator";
import { translator } from "@/tests/support/intl";

/** The clock's warning in English, as the header shows it to an English reader. */
const warningOf = (c: { warningText: Parameters<typeof formatText>[0] | null }) => (c.warningText ? formatText(c.warningText, "en") : null);

const t = translator("interview");

afterEach(cleanup);

const start = new Date("2025-01-01T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** A real clock from the domain module: `minutes` into the interview, with advances at the given minutes. */
function clockAt(minutes: number, advances: { minute: number; to: 2 | 3 | 4 }[] = []) {
  return computeClock({
    startedAt: start,
    now: at(minutes),
    mode: "PRACTICE",
    bands: DEFAULT_PHASE_BANDS_MINUTES,
    advances: advances.map((a) => ({ at: at(a.minute), to: a.to })),
    timeScale: 1,
  });
}

function renderHeader(clock: ReturnType<typeof clockAt>, handlers = { onNextPhase: vi.fn(), onSubmit: vi.fn() }) {
  render(<PhaseHeader clock={clock} mode="PRACTICE" bands={DEFAULT_PHASE_BANDS_MINUTES} submitting={false} {...handlers} />);
  return handlers;
}

describe("PhaseHeader", () => {
  it("counts down the 45 minutes and marks the current phase", () => {
    // 12.5 minutes in: 32:30 left; phase 2 entered at minute 4.
    renderHeader(clockAt(12.5, [{ minute: 4, to: 2 }]));
    expect(screen.getByRole("timer", { name: "Time remaining" }).textContent).toBe("32:30");
    const current = screen.getByRole("listitem", { current: "step" });
    expect(current.textContent).toContain("High-level design");
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
  });

  it("says in words whether the phase is under, in or over its band", () => {
    // Phase 1's band is 3–10 minutes.
    renderHeader(clockAt(2));
    expect(screen.getByText("under band")).toBeTruthy();
    cleanup();
    renderHeader(clockAt(5));
    expect(screen.getByText("in band")).toBeTruthy();
    cleanup();
    const over = clockAt(11);
    renderHeader(over);
    expect(screen.getByText("over band")).toBeTruthy();
    // The clock's own warning is announced in a status region.
    expect(warningOf(over)).not.toBeNull();
    expect(screen.getAllByRole("status").map((region) => region.textContent)).toContain(warningOf(over));
  });

  it("asks before submitting and can be cancelled", () => {
    const handlers = renderHeader(clockAt(20, [{ minute: 5, to: 2 }]));
    fireEvent.click(screen.getByRole("button", { name: "Submit interview" }));
    expect(handlers.onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText("Submit now?")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByText("Submit now?")).toBeNull();
    expect(handlers.onSubmit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Submit interview" }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, submit" }));
    expect(handlers.onSubmit).toHaveBeenCalledTimes(1);
  });

  it("moves on with Next phase, which phase 4 no longer offers", () => {
    const handlers = renderHeader(clockAt(6));
    fireEvent.click(screen.getByRole("button", { name: "Next phase" }));
    expect(handlers.onNextPhase).toHaveBeenCalledTimes(1);
    cleanup();
    renderHeader(clockAt(40, [{ minute: 5, to: 2 }, { minute: 18, to: 3 }, { minute: 38, to: 4 }]));
    expect(screen.queryByRole("button", { name: "Next phase" })).toBeNull();
    expect(screen.getByRole("button", { name: "Submit interview" })).toBeTruthy();
  });
});

describe("SaveIndicator", () => {
  it.each([
    ["saved", 0, "Saved"],
    ["saving", 2, "Saving… (2)"],
    ["offline", 3, "Offline — 3 changes waiting"],
    ["error", 1, "Retrying — 1 change waiting"],
  ] as const)("shows %s with %d pending as %s", (status, pending, text) => {
    render(<SaveIndicator status={status} pending={pending} />);
    expect(screen.getByTestId("save-status").textContent).toBe(text);
  });
});

describe("honest early exits", () => {
  it("warns once, with the time spent and the band, before leaving a phase far under its band", () => {
    // 1 minute into phase 1 (band 3–10).
    const handlers = renderHeader(clockAt(1));
    fireEvent.click(screen.getByRole("button", { name: "Next phase" }));
    expect(handlers.onNextPhase).not.toHaveBeenCalled();
    const dialog = screen.getByRole("alertdialog", { name: "Leave this phase early?" });
    expect(dialog.textContent).toContain("You have spent 1 minute in phase 1; its band is 3–10 minutes.");
    fireEvent.click(screen.getByRole("button", { name: "Stay" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    // Warned once: the second press moves on.
    fireEvent.click(screen.getByRole("button", { name: "Next phase" }));
    expect(handlers.onNextPhase).toHaveBeenCalledTimes(1);
  });

  it("does not warn when the phase has had a fair share of its band", () => {
    const handlers = renderHeader(clockAt(2));
    fireEvent.click(screen.getByRole("button", { name: "Next phase" }));
    expect(handlers.onNextPhase).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("'Submit now?' says how much time is left and what is still pending", () => {
    render(
      <PhaseHeader
        clock={clockAt(20, [{ minute: 5, to: 2 }])}
        mode="PRACTICE"
        bands={DEFAULT_PHASE_BANDS_MINUTES}
        submitting={false}
        onNextPhase={vi.fn()}
        onSubmit={vi.fn()}
        pending={[
          { phase: 2, text: "Ask for feedback on the high-level design." },
          { phase: 3, text: "Run a failure scenario." },
        ]}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Submit interview" }));
    const group = screen.getByRole("group", { name: "Confirm submission" });
    expect(group.textContent).toContain("25:00 left. Phases 3–4 not reached. Still pending: Ask for feedback on the high-level design.");
    expect(group.textContent).not.toContain("Run a failure scenario");
  });
});

describe("polite announcements", () => {
  it("the timer speaks at 5-minute marks, not every second", () => {
    const spoken = new Set<string>();
    for (let remaining = 45 * 60; remaining >= 40 * 60 + 1; remaining--) spoken.add(timeLeftAnnouncement(remaining, t));
    expect([...spoken]).toEqual(["45 minutes left"]);
    expect(timeLeftAnnouncement(40 * 60, t)).toBe("40 minutes left");
    expect(timeLeftAnnouncement(30, t)).toBe("1 minute left");
    expect(timeLeftAnnouncement(0, t)).toBe("Time is up");
  });

  it("the save status announces trouble and the recovery, not every routine save", () => {
    expect(saveAnnouncement("saved", 0, false, t)).toBe("");
    expect(saveAnnouncement("offline", 2, false, t)).toBe("Offline — 2 changes waiting");
    expect(saveAnnouncement("saved", 0, true, t)).toBe("All changes saved");
  });
});

describe("PhaseHeader's clock warning in the reader's language", () => {
  it("announces the warning in Korean from its key", () => {
    const over = clockAt(11);
    render(<PhaseHeader clock={over} mode="PRACTICE" bands={DEFAULT_PHASE_BANDS_MINUTES} submitting={false} onNextPhase={vi.fn()} onSubmit={vi.fn()} />, { locale: "ko" });
    expect(screen.getAllByRole("status").map((region) => region.textContent)).toContain("1단계가 권장 시간 10분을 넘었습니다.");
  });
});
