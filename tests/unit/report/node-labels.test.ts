import { describe, expect, it } from "vitest";
import { nodeLabels, withNodeLabels } from "@/lib/report/node-labels";

describe("withNodeLabels", () => {
  const labels = nodeLabels([{ id: "db", label: "Orders DB" }, { id: "db-r1", label: "Read replica" }, { id: "web" }, { id: "lb", label: "lb" }]);

  it("names labelled nodes by their labels, whole ids only", () => {
    expect(withNodeLabels("db is a single point of failure; db-r1 lags.", labels)).toBe("Orders DB is a single point of failure; Read replica lags.");
    expect(withNodeLabels("web and lb fail at db.", labels)).toBe("web and lb fail at Orders DB.");
    expect(withNodeLabels("dbx and db.main stay", labels)).toBe("dbx and db.main stay");
  });

  it("leaves text alone when nothing is labelled", () => {
    expect(withNodeLabels("db is down", {})).toBe("db is down");
  });
});

describe("scenarioTitle agreement", () => {
  it("says '1 instance … fails' and '2 instances … fail'", async () => {
    const { scenarioTitle } = await import("@/lib/report/format");
    expect(scenarioTitle({ kind: "instance_failure", node: "web", instances: 1 })).toBe("1 instance of web fails");
    expect(scenarioTitle({ kind: "instance_failure", node: "web", instances: 2 })).toBe("2 instances of web fail");
  });
});
