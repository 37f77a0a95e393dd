import { describe, expect, it } from "vitest";
import { verdictCap } from "@/lib/simulator/score.ts";
import { simulate } from "@/lib/simulator/index.ts";
import { ReportSchema, type DesignNode } from "@/lib/simulator/schema.ts";
import { KIND_CATALOG, MODEL_CONSTANTS, PRICES } from "@/lib/simulator/catalog.ts";
import { doc } from "./helpers.ts";

const threeTier = (replication: "async" | "semi-sync" = "async") =>
  doc(
    [
      { id: "u", kind: "client" },
      { id: "lb", kind: "load_balancer", instances: 2 },
      { id: "web", kind: "web_server", instances: 2 },
      { id: "db", kind: "sql_database", role: "primary" },
      { id: "r", kind: "sql_database", role: "replica", replicaOf: "db", replication },
    ],
    [["u", "lb"], ["lb", "web"], ["web", "db"], ["web", "r"]],
    {},
    { scenarios: [{ kind: "baseline" }, { kind: "node_down", node: "db" }] },
  );

function allFinite(value: unknown, path = "report"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

describe("simulate", () => {
  it("is deterministic: the same document gives the identical report (nothing samples)", () => {
    const d = threeTier();
    expect(simulate(d)).toEqual(simulate(d));
    expect(simulate(d).seed).toBe(1);
  });

  it("produces a report that matches ReportSchema, with no NaN or Infinity anywhere, even saturated", () => {
    const d = doc([{ id: "u", kind: "client" }, { id: "web", kind: "web_server", capacityRpsPerInstance: 20 }], [["u", "web"]]);
    const report = simulate(d);
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(allFinite(report)).toEqual([]);
    expect(report.components.find((c) => c.id === "web")!.saturated).toBe(true);
    expect(report.findings.some((f) => f.id === "saturated")).toBe(true);
  });

  it("async replication: losing the primary puts lag × write QPS writes at risk; semi-sync none", () => {
    const asyncRun = simulate(threeTier("async")).scenarios.find((s) => s.scenario.kind === "node_down")!;
    expect(asyncRun.dataAtRiskWrites).toBe(Math.round(MODEL_CONSTANTS.asyncLagSeconds * 20));
    expect(asyncRun.summary).toMatch(/r is promoted/);
    const semi = simulate(threeTier("semi-sync")).scenarios.find((s) => s.scenario.kind === "node_down")!;
    expect(semi.dataAtRiskWrites).toBe(0);
  });

  it("a failover timeline goes healthy → detection → failover → recovered, at most 120 points", () => {
    const run = simulate(threeTier()).scenarios.find((s) => s.scenario.kind === "node_down")!;
    const stages = [...new Set(run.timeline.map((p) => p.stage))];
    expect(stages).toEqual(["healthy", "detection", "failover", "recovered"]);
    expect(run.timeline.length).toBeLessThanOrEqual(120);
    const failover = run.timeline.filter((p) => p.stage === "failover");
    // Reads still reach the replica while writes (20 of 220 rps) wait for the promotion.
    expect(failover[0].servedShare).toBeCloseTo(200 / 220, 3);
    expect(run.timeline[run.timeline.length - 1].servedShare).toBeCloseTo(1, 6);
  });

  it("single-server design: the server is the SPOF and a finding says so", () => {
    const report = simulate(doc([{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }], [["u", "web"]]));
    expect(report.spofs).toEqual(["web"]);
    const f = report.findings.find((x) => x.id === "spof")!;
    expect(f.concept).toBe("single-point-of-failure");
    expect(f.nodes).toEqual(["web"]);
    // Series of the server (0.995) and its region: A = 1 − 0.005 − 0.0001.
    expect(report.availability.estimate).toBeCloseTo(1 - 0.005 - (1 - MODEL_CONSTANTS.regionAvailability), 6);
  });

  it("region outage: one region stops everything; a second region with a replica survives", () => {
    const one = simulate(
      doc([{ id: "u", kind: "client" }, { id: "web", kind: "web_server", instances: 2, region: "r1" }, { id: "db", kind: "sql_database", instances: 2, region: "r1" }], [["u", "web"], ["web", "db"]], { userRegions: ["r1"] }, { scenarios: [{ kind: "region_outage", region: "r1" }] }),
    ).scenarios[0];
    expect(one.servedShare).toBe(0);
    expect(one.timeline[one.timeline.length - 1].servedShare).toBe(0);

    const nodes: DesignNode[] = [
      { id: "u", kind: "client" },
      { id: "dns", kind: "dns", geoRouting: true },
      { id: "web1", kind: "web_server", instances: 2, region: "r1" },
      { id: "web2", kind: "web_server", instances: 2, region: "r2" },
      { id: "db", kind: "sql_database", region: "r1" },
      { id: "db2", kind: "sql_database", role: "replica", replicaOf: "db", region: "r2" },
    ];
    const two = simulate(
      doc(nodes, [["u", "dns"], ["dns", "web1"], ["dns", "web2"], ["web1", "db"], ["web2", "db"], ["web2", "db2"], ["web1", "db2"]], { userRegions: ["r1", "r2"] }, { scenarios: [{ kind: "region_outage", region: "r1" }] }),
    );
    const run = two.scenarios[0];
    expect(run.timeline[run.timeline.length - 1].servedShare).toBeCloseTo(1, 6);
    expect(run.timeline[run.timeline.length - 1].stage).toBe("recovered");
    expect(run.dataAtRiskWrites).toBe(20);
    expect(two.findings.some((f) => f.id === "single-region")).toBe(false);
  });

  it("CDN outage: static reads go to the origin, which the sentence names", () => {
    const report = simulate(
      doc([{ id: "u", kind: "client" }, { id: "cdn", kind: "cdn" }, { id: "web", kind: "web_server", capacityRpsPerInstance: 250 }], [["u", "cdn"], ["u", "web"]], {}, { scenarios: [{ kind: "cdn_outage" }] }),
    );
    const run = report.scenarios[0];
    const before = report.components.find((c) => c.id === "web")!;
    expect(before.saturated).toBe(false);
    // 100 dynamic + 100 static + 20 writes reach the server once the CDN is gone: over its capacity.
    expect(run.summary).toMatch(/^The CDN fails; static reads fall back to the origin: web saturates at \d\.\d× its capacity/);
    const last = run.timeline[run.timeline.length - 1];
    expect(last.servedShare).toBeLessThan(1);
  });

  it("cost lines: instance-hours × 730, database storage at full retention", () => {
    const report = simulate(threeTier());
    const web = report.cost.lines.find((l) => l.node === "web")!;
    expect(web.usd).toBeCloseTo(2 * KIND_CATALOG.web_server.defaults.hourlyUsd * 730, 2);
    // 864 000 writes/day × 1 000 B × 365 days × 1 year = 315.36 GB on the primary.
    const db = report.cost.lines.find((l) => l.node === "db")!;
    expect(db.usd).toBeCloseTo(KIND_CATALOG.sql_database.defaults.hourlyUsd * 730 + 315.36 * PRICES.sqlStoragePerGbMonth, 1);
    const total = report.cost.lines.reduce((s, l) => s + l.usd, 0);
    expect(report.cost.monthlyUsd).toBeCloseTo(total, 1);
  });

  it("a queue takes slow work off the user's write latency", () => {
    const withoutQueue = doc(
      [{ id: "u", kind: "client" }, { id: "web", kind: "web_server", instances: 4 }, { id: "db", kind: "sql_database" }],
      [["u", "web"], ["web", "db"]],
      { mediaShareOfWrites: 0.5 },
    );
    const withQueue = doc(
      [{ id: "u", kind: "client" }, { id: "web", kind: "web_server", instances: 4 }, { id: "q", kind: "message_queue" }, { id: "w", kind: "worker", instances: 2 }, { id: "db", kind: "sql_database" }],
      [["u", "web"], ["web", "q"], ["q", "w"], ["w", "db"], ["web", "db"]],
      { mediaShareOfWrites: 0.5 },
    );
    const slow = simulate(withoutQueue).latency.write.p99Ms!;
    const fast = simulate(withQueue).latency.write.p99Ms!;
    expect(slow).toBeGreaterThan(MODEL_CONSTANTS.mediaProcessingMs);
    expect(fast).toBeLessThan(slow / 2);
  });

  it("without a process block, process criteria are not assessed and the total is scaled", () => {
    const report = simulate(threeTier());
    const assessed = report.score.criteria.filter((c) => c.result !== "not-assessed");
    const raw = assessed.reduce((s, c) => s + c.points, 0);
    expect(report.score.criteria.filter((c) => c.group === "problemNavigation").every((c) => c.result === "not-assessed")).toBe(true);
    const scaled = Math.round((raw / report.score.assessedMax) * 100);
    // Gates and flaws bring the scaled total into their band (score.ts): × cap ÷ 100.
    expect(report.score.total).toBe(Math.round((scaled * verdictCap(report.score.gates!.length, report.score.flaws!.length)) / 100));
    expect(report.score.criteria.find((c) => c.id === "scaling")!.evidence).toMatch(/÷/);
    for (const c of assessed) expect(c.points).toBeLessThanOrEqual(c.max);
  });

  it("with a process block every criterion is assessed and rubric weights set the group maxima", () => {
    const d = {
      ...threeTier(),
      process: {
        phaseSeconds: [360, 720, 1200, 240] as [number, number, number, number],
        questionsAsked: 6,
        questionsBeforeFirstComponent: 4,
        keyFactsRevealed: 3,
        keyFactsTotal: 4,
        requirementFieldsFilled: 10,
        assumptionsStated: 2,
        candidateEstimates: { readQps: 200, writeQps: 10, peakQps: 440 },
        feedbackRequestedInPhase2: true,
        wrapUpWords: 80,
        tradeoffsNoted: true,
        unitsWritten: true,
      },
    };
    const report = simulate(d, { rubric: { communication: 30 } });
    expect(report.score.criteria.some((c) => c.result === "not-assessed")).toBe(false);
    expect(report.score.max).toBe(115);
    const comm = report.score.criteria.filter((c) => c.group === "communication").reduce((s, c) => s + c.max, 0);
    expect(comm).toBeCloseTo(30, 1);
    const est = report.score.criteria.find((c) => c.id === "estimates-within-2x")!;
    expect(est.result).toBe("pass");
  });

  it("graphs that cannot serve a class give findings and a zero design score, never an exception", () => {
    const empty = simulate(doc([], []));
    expect(empty.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["unroutable-dynamicRead", "unroutable-write", "unroutable-staticRead"]));
    expect(empty.score.total).toBe(0);
    expect(empty.meetsRequirements).toBe(false);
    const cycle = simulate(doc([{ id: "u", kind: "client" }, { id: "a", kind: "load_balancer" }, { id: "b", kind: "load_balancer" }], [["u", "a"], ["a", "b"], ["b", "a"]]));
    expect(allFinite(cycle)).toEqual([]);
    expect(cycle.availability.estimate).toBe(0);
  });

  it("a celebrity key on one shard is a finding tied to its concept, and the hot_key scenario names the unit", () => {
    const report = simulate(
      doc(
        [{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }, { id: "db", kind: "nosql_database", shards: 4, capacityRpsPerInstance: 60 }],
        [["u", "web"], ["web", "db"]],
        { hotKeyShareOfReads: 0.5 },
        { scenarios: [{ kind: "hot_key", shareOfReads: 0.5 }] },
      ),
    );
    const f = report.findings.find((x) => x.id === "celebrity-key")!;
    expect(f.concept).toBe("celebrity-problem");
    expect(f.nodes).toEqual(["db"]);
    expect(report.scenarios[0].summary).toMatch(/db's unit holding it saturates at 1\.1× its capacity/);
  });
});
