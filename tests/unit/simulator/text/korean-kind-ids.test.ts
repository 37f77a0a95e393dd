import { describe, expect, it } from "vitest";
import ko from "@/content/messages/ko.json";
import { NODE_KINDS, SCENARIO_KINDS } from "@/lib/simulator/schema.ts";
import { formatText, text } from "@/lib/simulator/text.ts";

// Two simulator sentences carry a raw kind id (the English prints it as is: "db (sql_database,
// 1 instance, …)"); the Korean names every kind in words instead, so no id shows through.

describe("kind ids inside Korean simulator sentences", () => {
  it("names every node kind of a single point of failure in Korean", () => {
    for (const kind of NODE_KINDS) {
      const spof = text("simulator.findings.spof", { id: "n1", kind, availability: "0.99", classes: "x" });
      expect(formatText(spof, "en")).toContain(`(${kind},`);
      const korean = formatText(spof, "ko");
      expect(korean).toContain(`n1(${ko.simulator.kindWords[kind]},`);
      if (/_/.test(kind)) expect(korean).not.toContain(kind);
    }
  });

  it("names every scenario kind of the error budget's evidence in Korean", () => {
    for (const kind of SCENARIO_KINDS) {
      const korean = formatText(text("simulator.criteria.evidence.budgetScenario", { kind, share: "1%" }), "ko");
      expect(korean).toMatch(/[\uac00-\ud7a3]/);
      expect(korean).not.toContain(kind);
    }
  });
});
