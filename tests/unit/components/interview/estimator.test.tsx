// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CandidateEstimateField } from "@/lib/interview/events";
import { Estimator } from "@/components/interview/panels/estimator";

afterEach(cleanup);

// DESIGN.md's example: 2.02e12 bytes stored per day, 3.6865e15 over five years.
const requirements = {
  dailyActiveUsers: 10_000_000,
  readsPerUserPerDay: 20,
  writesPerUserPerDay: 2,
  bytesPerWrite: 1000,
  mediaShareOfWrites: 0.1,
  bytesPerMedia: 1_000_000,
  retentionYears: 5,
  staticShareOfReads: 0.3,
};

describe("Estimator", () => {
  it("shows the simulator's estimate in human units", () => {
    render(<Estimator requirements={requirements} estimates={{}} onSetEstimate={() => {}} />);
    expect(screen.getByText("2.0 TB/day")).toBeTruthy();
    expect(screen.getByText("3.7 PB")).toBeTruthy();
    // peak dynamic reads 1e7 × 20 × 0.7 × 2 / 86400 = 3240.7/s
    expect(screen.getByText("3.2 k/s")).toBeTruthy();
  });

  it("reads a suffixed estimate, and says whether it is within 2× of the simulator", () => {
    const onSetEstimate = vi.fn<(field: CandidateEstimateField, value: number | null) => void>();
    const { rerender } = render(<Estimator requirements={requirements} estimates={{}} onSetEstimate={onSetEstimate} />);
    const perDay = screen.getByLabelText("Your storage per day (bytes)");
    fireEvent.change(perDay, { target: { value: "2TB" } });
    fireEvent.blur(perDay);
    expect(onSetEstimate).toHaveBeenCalledWith("storageBytesPerDay", 2e12);

    const writes = screen.getByLabelText("Your write QPS");
    fireEvent.change(writes, { target: { value: "-3" } });
    fireEvent.keyDown(writes, { key: "Enter" });
    expect(onSetEstimate).toHaveBeenCalledTimes(1);
    expect(writes.getAttribute("aria-invalid")).toBe("true");
    // Escape drops the invalid draft and shows the stored value again.
    fireEvent.keyDown(writes, { key: "Escape" });
    expect(writes.getAttribute("aria-invalid")).toBeNull();

    // Average writes are 2e7 / 86400 = 231.5/s: 1000/s is 4.3× off.
    rerender(
      <Estimator requirements={requirements} estimates={{ storageBytesPerDay: 2e12, writeQps: 1000 }} onSetEstimate={onSetEstimate} />,
    );
    expect(screen.getAllByText("within 2× of the simulator")).toHaveLength(1);
    expect(screen.getByText(/4\.32× the simulator — not within 2×/)).toBeTruthy();
  });

  it("shows a dash, not 0 B, while the sheet has no users to estimate from", () => {
    render(<Estimator requirements={{}} estimates={{}} onSetEstimate={() => {}} />);
    const section = screen.getByRole("region", { name: "Estimates" });
    expect(section.textContent).not.toMatch(/\b0 (B|\/s)/);
    expect(within(section).getAllByText("—").length).toBeGreaterThanOrEqual(10);
  });
});
