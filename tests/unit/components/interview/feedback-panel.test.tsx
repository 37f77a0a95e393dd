// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { simulate, type DesignDocument } from "@/lib/simulator";
import { FeedbackPanel, sortFindings } from "@/components/interview/panels/feedback-panel";

afterEach(cleanup);

// A board with one web server and one database: both are single points of failure.
const doc: DesignDocument = {
  version: 1,
  requirements: { dailyActiveUsers: 1_000_000, readsPerUserPerDay: 10, writesPerUserPerDay: 1 },
  design: {
    nodes: [
      { id: "users", kind: "client" },
      { id: "web", kind: "web_server" },
      { id: "db", kind: "sql_database" },
    ],
    edges: [
      { from: "users", to: "web" },
      { from: "web", to: "db" },
    ],
  },
};
const report = simulate(doc);

describe("FeedbackPanel", () => {
  it("asks for feedback, and says the simulator is running while pending", () => {
    const onRequest = vi.fn();
    render(<FeedbackPanel report={null} reply={null} pending={false} stale={false} onRequest={onRequest} conceptHref={(id) => `/concepts/${id}`} />);
    fireEvent.click(screen.getByRole("button", { name: "Ask for feedback" }));
    expect(onRequest).toHaveBeenCalledTimes(1);
    cleanup();
    render(<FeedbackPanel report={null} reply={null} pending stale={false} onRequest={onRequest} conceptHref={(id) => `/concepts/${id}`} />);
    expect(screen.getByRole("status").textContent).toContain("Running the simulator…");
    expect((screen.getByRole("button", { name: "Ask for feedback" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the reply, the score, the SPOFs and the findings most severe first with concept links", () => {
    expect(report.spofs.length).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(0);
    render(
      <FeedbackPanel report={report} reply="Where does a request go if the database dies?" pending={false} stale onRequest={() => {}} conceptHref={(id) => `/concepts/${id}`} />,
    );
    expect(screen.getByText("Where does a request go if the database dies?").tagName).toBe("BLOCKQUOTE");
    expect(screen.getByText(report.score.band)).toBeTruthy();
    expect(screen.getByText(report.spofs.join(", "))).toBeTruthy();
    expect(screen.getByText("results are out of date — edits since the last run")).toBeTruthy();

    const shown = within(screen.getByRole("list")).getAllByRole("listitem");
    const sorted = sortFindings(report.findings);
    expect(shown).toHaveLength(report.findings.length);
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    sorted.forEach((f, i) => {
      expect(shown[i].textContent).toContain(f.message);
      if (i > 0) expect(rank[sorted[i - 1].severity]).toBeLessThanOrEqual(rank[f.severity]);
    });
    const first = sorted[0];
    const link = within(shown[0]).getByRole("link", { name: `Learn: ${first.concept}` });
    expect(link.getAttribute("href")).toBe(`/concepts/${first.concept}`);
  });
});
