// @vitest-environment jsdom
import { render, screen } from "@/tests/support/intl";
import { describe, expect, it } from "vitest";
import { ReplayRequirements } from "@/components/replay/replay-requirements";

describe("ReplayRequirements", () => {
  it("shows the sheet's labels and the report's numbers, never field names or a rounded 1", () => {
    render(
      <ReplayRequirements
        state={{
          functional: [],
          requirements: { availabilityTarget: { value: 0.9999, source: "fact" }, dailyActiveUsers: { value: 10000000, source: "assumption" } },
          estimates: { readQps: 20000 },
        } as never}
      />,
    );
    const sheet = screen.getByLabelText("Non-functional requirements");
    expect(sheet.textContent).toContain("Availability target");
    expect(sheet.textContent).toContain("99.99 %");
    expect(document.body.textContent).not.toContain("availabilityTarget");
    expect(document.body.textContent).not.toContain("dailyActiveUsers");
    expect(document.body.textContent).toContain("Your read QPS");
  });
});
