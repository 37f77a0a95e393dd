// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionState } from "@/lib/interview/fold";
import { REQUIREMENT_FIELDS, type RequirementField } from "@/lib/simulator/schema";
import { RequirementsSheet } from "@/components/interview/panels/requirements-sheet";
import { REQUIREMENT_FIELD_UI } from "@/components/interview/panels/requirement-fields";

afterEach(cleanup);

type SetRequirement = (field: RequirementField, value: number | string | string[] | null, source: "assumption") => void;

function setup(requirements: SessionState["requirements"] = {}, functional: string[] = []) {
  const onSetRequirement = vi.fn<SetRequirement>();
  const onSetFunctional = vi.fn<(items: string[]) => void>();
  render(
    <RequirementsSheet
      requirements={requirements}
      functional={functional}
      onSetRequirement={onSetRequirement}
      onSetFunctional={onSetFunctional}
    />,
  );
  return { onSetRequirement, onSetFunctional };
}

describe("RequirementsSheet", () => {
  it("labels every requirement field, with the source of each filled one", () => {
    setup({
      dailyActiveUsers: { value: 10_000_000, source: "fact", factId: "dau" },
      retentionYears: { value: 5, source: "assumption" },
    });
    for (const field of REQUIREMENT_FIELDS) expect(screen.getByLabelText(REQUIREMENT_FIELD_UI[field].label)).toBeTruthy();
    expect((screen.getByLabelText("Daily active users") as HTMLInputElement).value).toBe("10000000");
    expect(screen.getAllByText("from interviewer")).toHaveLength(1);
    expect(screen.getAllByText("assumption")).toHaveLength(1);
  });

  it("refuses an invalid number with a message next to the field and sends nothing", () => {
    const { onSetRequirement } = setup();
    const share = screen.getByLabelText("Media share of writes");
    fireEvent.change(share, { target: { value: "1.5" } });
    fireEvent.blur(share);
    expect(share.getAttribute("aria-invalid")).toBe("true");
    const message = document.getElementById(share.getAttribute("aria-describedby")!.split(" ").at(-1)!);
    expect(message?.textContent).toBe("Must be at most 1.");

    const users = screen.getByLabelText("Daily active users");
    fireEvent.change(users, { target: { value: "lots" } });
    fireEvent.keyDown(users, { key: "Enter" });
    expect(users.getAttribute("aria-invalid")).toBe("true");
    expect(onSetRequirement).not.toHaveBeenCalled();
  });

  it("commits a valid value as an assumption on Enter or blur, and an empty field as null", () => {
    const { onSetRequirement } = setup({ bytesPerRead: { value: 2000, source: "fact" } });
    const users = screen.getByLabelText("Daily active users");
    fireEvent.change(users, { target: { value: "10M" } });
    expect(onSetRequirement).not.toHaveBeenCalled();
    fireEvent.keyDown(users, { key: "Enter" });
    expect(onSetRequirement).toHaveBeenLastCalledWith("dailyActiveUsers", 10_000_000, "assumption");

    fireEvent.change(screen.getByLabelText("User regions"), { target: { value: "us-east, eu-west" } });
    fireEvent.blur(screen.getByLabelText("User regions"));
    expect(onSetRequirement).toHaveBeenLastCalledWith("userRegions", ["us-east", "eu-west"], "assumption");

    fireEvent.change(screen.getByLabelText("Consistency"), { target: { value: "strong" } });
    expect(onSetRequirement).toHaveBeenLastCalledWith("consistency", "strong", "assumption");

    const bytes = screen.getByLabelText("Bytes per read");
    fireEvent.change(bytes, { target: { value: "" } });
    fireEvent.blur(bytes);
    expect(onSetRequirement).toHaveBeenLastCalledWith("bytesPerRead", null, "assumption");
    expect(onSetRequirement).toHaveBeenCalledTimes(4);
  });

  it("sends nothing when a field is left unchanged", () => {
    const { onSetRequirement } = setup({ latencyP99Ms: { value: 200, source: "fact" } });
    const slo = screen.getByLabelText("p99 latency SLO (ms)");
    fireEvent.focus(slo);
    fireEvent.change(slo, { target: { value: "200" } });
    fireEvent.blur(slo);
    expect(onSetRequirement).not.toHaveBeenCalled();
  });

  it("adds and removes functional requirements", () => {
    const { onSetFunctional } = setup({}, ["Shorten a URL"]);
    fireEvent.change(screen.getByLabelText("New functional requirement"), { target: { value: " Redirect to the long URL " } });
    fireEvent.click(screen.getByRole("button", { name: "Add requirement" }));
    expect(onSetFunctional).toHaveBeenLastCalledWith(["Shorten a URL", "Redirect to the long URL"]);
    fireEvent.click(screen.getByRole("button", { name: "Remove Shorten a URL" }));
    expect(onSetFunctional).toHaveBeenLastCalledWith([]);
  });
});
