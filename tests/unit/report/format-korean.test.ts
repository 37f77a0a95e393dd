import { describe, expect, it } from "vitest";
import { formatAssumed, formatAvailability, formatBytes, formatLatency, formatPercent, formatRequirement, formatUsd, formatValue, scenarioTitle } from "@/lib/report/format";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";

// The same numbers in Korean: Korean units and words, percent signs without a space, and the
// English output (format-number.test.ts) untouched because "en" stays the default.
describe("lib/report/format in Korean", () => {
  it("writes percentages and availability the Korean way", () => {
    expect(formatPercent(0.125, 1, "ko")).toBe("12.5%");
    expect(formatAvailability(0.9999, "ko")).toBe("99.990%");
    expect(formatRequirement("availabilityTarget", 0.9999, "ko")).toBe("99.99%");
    expect(formatPercent(0.125)).toBe("12.5 %");
  });

  it("gives each requirement its Korean unit and groups digits", () => {
    expect(formatRequirement("retentionYears", 1, "ko")).toBe("1년");
    expect(formatRequirement("retentionYears", 10, "ko")).toBe("10년");
    expect(formatRequirement("dailyActiveUsers", 10_000_000, "ko")).toBe("10,000,000");
    expect(formatRequirement("latencyP99Ms", 1200, "ko")).toBe("1,200 ms");
    expect(formatBytes(1_500_000, "ko")).toBe("1.5 MB");
    expect(formatUsd(12345.6, "ko")).toBe("$12,346");
  });

  it("says saturated, not set and not asked in Korean", () => {
    expect(formatLatency(null, "ko")).toBe("포화");
    expect(formatLatency(null)).toBe("saturated");
    expect(formatValue(undefined, "ko")).toBe("설정 안 됨");
    expect(formatAssumed("noSuchField", "ko")).toBe("묻지 않음");
    expect(formatAssumed("peakToAverageRatio", "ko")).toBe(`묻지 않음: ${REQUIREMENT_DEFAULTS.peakToAverageRatio}× 가정`);
  });

  it("titles scenarios in Korean and keeps the English titles", () => {
    expect(scenarioTitle({ kind: "instance_failure", node: "db", instances: 2 }, "ko")).toBe("db 인스턴스 2개 장애");
    expect(scenarioTitle({ kind: "instance_failure", node: "db", instances: 1 })).toBe("1 instance of db fails");
    expect(scenarioTitle({ kind: "instance_failure", node: "db", instances: 1200 })).toBe("1200 instances of db fail");
    expect(scenarioTitle({ kind: "hot_key", shareOfReads: 0.3 } as never, "ko")).toBe("핫 키(읽기의 30%)");
    expect(scenarioTitle({ kind: "hot_key", shareOfReads: 0.3 } as never)).toBe("Hot key (30 % of reads)");
    expect(scenarioTitle({ kind: "traffic_spike", factor: 2.5 } as never)).toBe("2.5× traffic spike");
    expect(scenarioTitle({ kind: "cdn_outage" } as never, "ko")).toBe("CDN 장애");
  });

  it("names the consistency model in Korean and leaves the English word as it was", () => {
    expect(formatRequirement("consistency", "eventual", "ko")).toBe("최종적 일관성");
    expect(formatRequirement("consistency", "strong", "ko")).toBe("강한 일관성");
    expect(formatRequirement("consistency", "eventual")).toBe("eventual");
    expect(formatAssumed("consistency", "ko")).toBe(`묻지 않음: ${formatRequirement("consistency", REQUIREMENT_DEFAULTS.consistency, "ko")} 가정`);
    expect(formatAssumed("consistency", "ko")).not.toMatch(/eventual|strong/);
  });
});
