// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { renderIntl as render } from "@/tests/support/intl";
import { describe, expect, it } from "vitest";
import { PhaseTimeChart } from "@/components/report/phase-time-chart";

describe("PhaseTimeChart layout", () => {
  it("starts every bar and band right of the longest phase label and anchors the last tick inside the chart", () => {
    render(<PhaseTimeChart phaseSeconds={[600, 900, 1500, 300]} bands={[[3, 10], [10, 15], [10, 25], [3, 5]]} />);
    const svg = screen.getByRole("img", { name: /Time per phase/ });
    // "1. Understand the problem" at 12 px is about 165 px wide.
    for (const rect of svg.querySelectorAll("rect")) expect(Number(rect.getAttribute("x"))).toBeGreaterThanOrEqual(170);
    const ticks = [...svg.querySelectorAll("text")].filter((t) => / min$/.test(t.textContent ?? ""));
    const last = ticks.at(-1)!;
    expect(last.getAttribute("text-anchor")).toBe("end");
    const width = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
    expect(Number(last.getAttribute("x"))).toBeLessThanOrEqual(width);
  });
});
