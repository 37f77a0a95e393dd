import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/report/format";

describe("formatNumber", () => {
  it("keeps the digits that matter in shares and targets below 1", () => {
    expect(formatNumber(0.9999)).toBe("0.9999");
    expect(formatNumber(0.99995)).toBe("0.99995");
    expect(formatNumber(0.02)).toBe("0.02");
  });

  it("groups integers, rounds larger fractions to two places and writes huge values in exponent form", () => {
    expect(formatNumber(10000)).toBe("10,000");
    expect(formatNumber(3.14159)).toBe("3.14");
    expect(formatNumber(2.5e12)).toBe("2.50e+12");
  });
});

describe("formatRequirement", () => {
  it("writes the availability target with every nine it has", async () => {
    const { formatRequirement } = await import("@/lib/report/format");
    expect(formatRequirement("availabilityTarget", 0.9999)).toBe("99.99 %");
    expect(formatRequirement("availabilityTarget", 0.99995)).toBe("99.995 %");
    expect(formatRequirement("staticShareOfReads", 0.3)).toBe("30 %");
    expect(formatRequirement("dailyActiveUsers", 10000)).toBe("10,000");
    expect(formatRequirement("userRegions", ["us-east", "eu-west"])).toBe("us-east, eu-west");
  });

  it("gives each requirement its unit", async () => {
    const { formatRequirement } = await import("@/lib/report/format");
    expect(formatRequirement("peakToAverageRatio", 2.5)).toBe("2.5×");
    expect(formatRequirement("latencyP99Ms", 200)).toBe("200 ms");
    expect(formatRequirement("retentionYears", 1)).toBe("1 year");
    expect(formatRequirement("retentionYears", 10)).toBe("10 years");
    expect(formatRequirement("bytesPerRead", 500)).toBe("500 B");
    expect(formatRequirement("bytesPerWrite", 10_000)).toBe("10 KB");
    expect(formatRequirement("bytesPerMedia", 1_500_000)).toBe("1.5 MB");
    expect(formatRequirement("bytesPerMedia", 999_999)).toBe("1 MB");
    expect(formatRequirement("slowWorkMsPerWrite", 300)).toBe("300 ms");
  });

  it("says what the simulator assumed for a requirement nobody asked about", async () => {
    const { formatAssumed } = await import("@/lib/report/format");
    const { REQUIREMENT_DEFAULTS } = await import("@/lib/simulator/requirements");
    expect(formatAssumed("peakToAverageRatio")).toBe(`not asked: assumed ${REQUIREMENT_DEFAULTS.peakToAverageRatio}×`);
    expect(formatAssumed("availabilityTarget")).toBe(`not asked: assumed ${REQUIREMENT_DEFAULTS.availabilityTarget * 100} %`);
    expect(formatAssumed("noSuchField")).toBe("not asked");
  });
});
