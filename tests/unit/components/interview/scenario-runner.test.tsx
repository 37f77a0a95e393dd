// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@/tests/support/intl";
import { translator } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCENARIO_KINDS, type DesignNode, type Scenario, type TimelinePoint } from "@/lib/simulator/schema";
import { ScenarioRunner, type ScenarioRunResult } from "@/components/interview/panels/scenario-runner";
import { describeTimeline, niceCeiling, stageRuns } from "@/components/interview/panels/timeline-chart";

afterEach(cleanup);

const nodes: DesignNode[] = [
  { id: "users", kind: "client" },
  { id: "web", kind: "web_server", instances: 4, region: "us-east" },
  { id: "db", kind: "sql_database", role: "primary", region: "us-east" },
];

const timeline: TimelinePoint[] = [
  { tSeconds: 0, servedShare: 1, p99Ms: 40, stage: "healthy" },
  { tSeconds: 10, servedShare: 0.4, p99Ms: 40, stage: "detection" },
  { tSeconds: 30, servedShare: 0.5, p99Ms: 180, stage: "failover" },
  { tSeconds: 60, servedShare: 0.9, p99Ms: 90, stage: "recovered" },
  { tSeconds: 120, servedShare: 1, p99Ms: 45, stage: "recovered" },
];

type Run = (scenario: Scenario) => Promise<ScenarioRunResult | { error: string }>;

describe("ScenarioRunner", () => {
  it("fails the first user region on a board with no regions, says so, and starts the hot key at the clarified share", () => {
    const plain: DesignNode[] = [{ id: "users", kind: "client" }, { id: "web", kind: "web_server" }];
    const onRun = vi.fn<Run>().mockResolvedValue({ error: "not needed" });
    render(<ScenarioRunner nodes={plain} regions={["eu-west"]} homeRegion="eu-west" hotKeyShare={0.35} onRun={onRun} />);
    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "region_outage" } });
    expect(screen.getByText("Nodes without a region run in eu-west, the first user region.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "region_outage", region: "eu-west" });
    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "hot_key" } });
    expect((screen.getByLabelText("Share of reads") as HTMLInputElement).value).toBe("0.35");
  });

  it("offers every scenario kind of the design document", () => {
    render(<ScenarioRunner nodes={nodes} regions={["us-east"]} onRun={vi.fn<Run>()} />);
    const options = within(screen.getByLabelText("Failure scenario")).getAllByRole("option") as HTMLOptionElement[];
    expect(options.map((o) => o.value)).toEqual([...SCENARIO_KINDS]);
  });

  it("runs the chosen scenario with its parameters and shows the result", async () => {
    const onRun = vi.fn<Run>().mockResolvedValue({
      servedShare: 0.71,
      p99Ms: 95,
      summary: "The primary fails; the replica is promoted after 60 s.",
      timeline,
    });
    render(<ScenarioRunner nodes={nodes} regions={["us-east"]} onRun={onRun} />);

    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "instance_failure" } });
    // The client is not a node one can fail.
    const nodeOptions = within(screen.getByLabelText("Node to fail")).getAllByRole("option") as HTMLOptionElement[];
    expect(nodeOptions.map((o) => o.value)).toEqual(["web", "db"]);
    fireEvent.change(screen.getByLabelText("Instances failing"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "instance_failure", node: "web", instances: 2 });

    expect(await screen.findByText("The primary fails; the replica is promoted after 60 s.")).toBeTruthy();
    expect(screen.getByText("Served 71 %")).toBeTruthy();
    expect(screen.getByText("95 ms")).toBeTruthy();
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(describeTimeline(timeline, translator("interview")));
    // One shaded band per run of a stage: healthy, detection, failover, recovered.
    expect(chart.querySelectorAll("rect[data-stage]")).toHaveLength(4);

    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "node_down" } });
    fireEvent.change(screen.getByLabelText("Node to fail"), { target: { value: "db" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "node_down", node: "db" });
    await waitFor(() => expect((screen.getByRole("button", { name: "Run scenario" }) as HTMLButtonElement).disabled).toBe(false));

    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "traffic_spike" } });
    fireEvent.change(screen.getByLabelText("Traffic factor"), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "traffic_spike", factor: 5 });
    await waitFor(() => expect((screen.getByRole("button", { name: "Run scenario" }) as HTMLButtonElement).disabled).toBe(false));

    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "region_outage" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "region_outage", region: "us-east" });
    await waitFor(() => expect((screen.getByRole("button", { name: "Run scenario" }) as HTMLButtonElement).disabled).toBe(false));
  });

  it("refuses parameters the simulator would reject, and shows a server error", async () => {
    const onRun = vi.fn<Run>().mockResolvedValue({ error: "The design is not valid." });
    render(<ScenarioRunner nodes={nodes} regions={[]} onRun={onRun} />);
    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "hot_key" } });
    fireEvent.change(screen.getByLabelText("Share of reads"), { target: { value: "1.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toMatch(/^Share of reads:/);

    fireEvent.change(screen.getByLabelText("Failure scenario"), { target: { value: "cache_cold" } });
    fireEvent.click(screen.getByRole("button", { name: "Run scenario" }));
    expect(onRun).toHaveBeenLastCalledWith({ kind: "cache_cold" });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The design is not valid."));
  });
});

describe("timeline helpers", () => {
  it("splits the timeline into stage runs that meet end to start", () => {
    expect(stageRuns(timeline)).toEqual([
      { stage: "healthy", from: 0, to: 10 },
      { stage: "detection", from: 10, to: 30 },
      { stage: "failover", from: 30, to: 60 },
      { stage: "recovered", from: 60, to: 120 },
    ]);
  });

  it("summarises the low point and the worst p99", () => {
    const text = describeTimeline(timeline, translator("interview"));
    expect(text).toContain("lowest at 40 % at 10 s");
    expect(text).toContain("p99 peaks at 180 ms");
    expect(text).toContain("Over 120 s");
  });

  it("rounds the latency axis up to 1, 2 or 5 × 10^n", () => {
    expect(niceCeiling(180)).toBe(200);
    expect(niceCeiling(201)).toBe(500);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(0)).toBe(1);
  });
});
