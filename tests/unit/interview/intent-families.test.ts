import { describe, expect, it } from "vitest";
import { rivalScore, topicFamilies } from "@/lib/interview/intent/families";

const topics = {
  users: { fields: ["dailyActiveUsers"] },
  traffic: { fields: ["dailyActiveUsers", "readsPerUserPerDay", "writesPerUserPerDay"] },
  "read-write-mix": { fields: ["readsPerUserPerDay", "writesPerUserPerDay"] },
  latency: { fields: ["latencyP99Ms"] },
  features: { fields: [] },
  platform: { fields: [] },
} as unknown as Parameters<typeof topicFamilies>[0];

describe("topic families", () => {
  it("joins topics that share a requirement field, transitively; a topic without fields stands alone", () => {
    const families = topicFamilies(topics);
    expect(families.get("users")).toBe(families.get("read-write-mix"));
    expect(families.get("traffic")).toBe(families.get("users"));
    expect(families.get("latency")).not.toBe(families.get("users"));
    expect(families.get("features")).not.toBe(families.get("platform"));
  });

  it("measures the margin against the best label outside the best topic's family", () => {
    const families = topicFamilies(topics);
    const scores = { "read-write-mix": 0.43, users: 0.27, traffic: 0.2, latency: 0.05, none: 0.05 };
    expect(rivalScore(scores, "read-write-mix", families)).toBe(0.05);
    // Without families every other label is a rival.
    expect(rivalScore(scores, "read-write-mix")).toBe(0.27);
    expect(rivalScore({ latency: 0.5, none: 0.4, users: 0.1 }, "latency", families)).toBe(0.4);
  });
});
