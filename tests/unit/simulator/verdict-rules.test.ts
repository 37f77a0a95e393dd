import { describe, expect, it } from "vitest";
import { nodeAvailability } from "@/lib/simulator/availability-graph.ts";
import { defaultScenarios, simulate } from "@/lib/simulator/index.ts";
import { evaluateState, healthyState, setupModel } from "@/lib/simulator/model.ts";
import type { DesignNode, Report } from "@/lib/simulator/schema.ts";
import { isMeaningfulEdge, KIND_SEMANTICS } from "@/lib/simulator/semantics.ts";
import { verdictCap } from "@/lib/simulator/score.ts";
import { doc } from "./helpers.ts";

// SIMULATOR.md "Verdict rules", one describe per rule. The base requirements give 100 dynamic
// reads, 100 static reads and 20 writes a second at peak.

const n = (id: string, kind: DesignNode["kind"], extra: Partial<DesignNode> = {}): DesignNode => ({ id, kind, ...extra }) as DesignNode;
const findings = (r: Report) => r.findings.map((f) => f.id);
const criterion = (r: Report, id: string) => r.score.criteria.find((c) => c.id === id)!;

/** A sound small design: LB pair, web pair, cache, primary with a replica, CDN in front of storage. */
function sound(extraNodes: DesignNode[] = [], extraEdges: [string, string][] = [], requirements = {}) {
  return doc(
    [
      n("u", "client"),
      n("dns", "dns"),
      n("cdn", "cdn"),
      n("files", "object_storage"),
      n("lb", "load_balancer", { instances: 2 }),
      n("web", "web_server", { instances: 2 }),
      n("cache", "cache", { instances: 2 }),
      n("db", "sql_database", { role: "primary" }),
      n("r", "sql_database", { role: "replica", replicaOf: "db", replication: "async" }),
      n("logs", "logging"),
      n("metrics", "metrics"),
      ...extraNodes,
    ],
    [["u", "dns"], ["u", "cdn"], ["cdn", "files"], ["u", "lb"], ["lb", "web"], ["web", "cache"], ["web", "db"], ["web", "r"], ["web", "logs"], ["web", "metrics"], ...extraEdges],
    requirements,
  );
}

describe("4. meaning follows kind", () => {
  it("has a semantics entry for every kind, and a load balancer calls only web servers or balancers", () => {
    expect(Object.keys(KIND_SEMANTICS).length).toBe(13);
    expect(isMeaningfulEdge("load_balancer", "web_server")).toBe(true);
    expect(isMeaningfulEdge("load_balancer", "sql_database")).toBe(false);
    expect(isMeaningfulEdge("cdn", "web_server")).toBe(true);
    expect(KIND_SEMANTICS.cdn.classes.write).toBe("refuse");
    expect(isMeaningfulEdge("web_server", "logging")).toBe(true);
  });

  it("a load balancer wired straight to the cache and the databases serves nothing, and says why", () => {
    const r = simulate(
      doc(
        [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("cache", "cache", { instances: 2 }), n("db", "sql_database"), n("r", "sql_database", { role: "replica", replicaOf: "db" })],
        [["u", "lb"], ["lb", "cache"], ["lb", "db"], ["lb", "r"]],
      ),
    );
    expect(r.score.servedShare).toBe(0);
    expect(r.score.band).toBe("no hire");
    const edge = r.findings.find((f) => f.id === "meaningless-edge")!;
    expect(edge.message).toMatch(/lb → cache/);
    expect(edge.message).toMatch(/application tier/);
    expect(r.score.gates!.map((g) => g.id)).toEqual(expect.arrayContaining(["no-path:dynamicRead", "no-path:write"]));
  });

  it("a CDN in front of object storage serves static reads only: dynamic reads and writes have no path", () => {
    const r = simulate(doc([n("u", "client"), n("cdn", "cdn"), n("files", "object_storage")], [["u", "cdn"], ["cdn", "files"]]));
    const served = evaluateState(setupModel(doc([n("u", "client"), n("cdn", "cdn"), n("files", "object_storage")], [["u", "cdn"], ["cdn", "files"]])), healthyState(setupModel(doc([], [])))).served;
    expect(served.staticRead).toBeGreaterThan(0.99);
    expect(served.dynamicRead).toBe(0);
    expect(served.write).toBe(0);
    expect(r.score.band).toBe("no hire");
  });

  it("a queue with no consumer loses its jobs: those writes are not served", () => {
    const r = simulate(
      doc([n("u", "client"), n("web", "web_server", { instances: 2 }), n("q", "message_queue"), n("db", "sql_database")], [["u", "web"], ["web", "q"], ["web", "db"]]),
    );
    expect(findings(r)).toContain("queue-without-consumer");
    expect(r.score.gates!.map((g) => g.id)).toContain("no-path:write");
    expect(r.availability.perClass.write).toBe(0);
  });

  it("writes need an edge to a primary: a web tier wired only to a replica cannot write", () => {
    const r = simulate(doc([n("u", "client"), n("web", "web_server", { instances: 2 }), n("db", "sql_database"), n("r", "sql_database", { role: "replica", replicaOf: "db" })], [["u", "web"], ["web", "r"]]));
    const gate = r.score.gates!.find((g) => g.id === "no-path:write")!;
    expect(gate.message).toMatch(/only to replicas/);
  });

  it("without a client node nothing enters the design, and a finding says so", () => {
    const r = simulate(doc([n("lb", "load_balancer"), n("web", "web_server", { instances: 2 }), n("db", "sql_database")], [["lb", "web"], ["web", "db"]]));
    expect(findings(r)).toContain("no-client");
    expect(r.score.total).toBe(0);
  });
});

describe("3. only live nodes count", () => {
  it("nodes no request reaches earn nothing, are listed once and cost points", () => {
    const base = simulate(sound());
    const padded = simulate(
      sound([n("cdn2", "cdn"), n("r2", "sql_database", { role: "replica", replicaOf: "orphan" }), n("orphan", "sql_database", { shards: 4, shardKey: "id" }), n("web-eu", "web_server", { instances: 3, region: "eu" })]),
    );
    expect(padded.score.total).toBeLessThan(base.score.total);
    const unused = padded.findings.filter((f) => f.id === "unused-component").flatMap((f) => f.nodes);
    expect(unused.sort()).toEqual(["cdn2", "orphan", "r2", "web-eu"]);
    expect(padded.components.find((c) => c.id === "web-eu")!.live).toBe(false);
    expect(criterion(padded, "no-over-engineering").evidence).toMatch(/web-eu carries nothing/);
  });

  it("a DNS the users look up counts as live even without edges on (DESIGN.md's own example)", () => {
    expect(simulate(sound()).components.find((c) => c.id === "dns")!.live).toBe(true);
  });
});

describe("1–2. served first, gates cap the band", () => {
  it("one web server offered twelve times its capacity is no hire, with no latency credit", () => {
    const r = simulate(doc([n("u", "client"), n("web", "web_server")], [["u", "web"]], { dailyActiveUsers: 864_000 * 60 }));
    expect(r.components.find((c) => c.id === "web")!.utilization).toBeGreaterThan(10);
    expect(r.score.servedShare).toBeLessThan(0.1);
    expect(r.latency.dynamicRead.p99Ms).toBeNull();
    expect(criterion(r, "latency-slo").points).toBe(0);
    expect(r.score.band).toBe("no hire");
  });

  it("an overloaded replica gets no latency credit: a saturated class has no finite p99", () => {
    const r = simulate(sound([], [], { readsPerUserPerDay: 10 * 40, staticShareOfReads: 0 }));
    expect(r.components.find((c) => c.id === "r")!.saturated).toBe(true);
    expect(r.latency.dynamicRead.p99Ms).toBeNull();
    expect(r.score.gates!.some((g) => g.id === "saturated:r")).toBe(true);
    expect(["lean no hire", "no hire"]).toContain(r.score.band);
  });

  it("one gate caps at lean no hire, two at no hire; one flaw at hire, two at lean hire", () => {
    expect(verdictCap(0, 0)).toBe(100);
    expect(verdictCap(0, 1)).toBe(89);
    expect(verdictCap(0, 2)).toBe(74);
    expect(verdictCap(1, 5)).toBe(59);
    expect(verdictCap(2, 0)).toBe(39);
  });

  it("a sound right-sized design that meets its requirements stays hire or better", () => {
    const r = simulate(sound());
    expect(r.score.gates).toEqual([]);
    expect(["hire", "strong hire"]).toContain(r.score.band);
  });
});

describe("5. cost is part of the design", () => {
  it("10 000 instances of everything costs far beyond the right size: a gate and a warning that names tiers", () => {
    const huge = simulate(
      doc(
        [n("u", "client"), n("lb", "load_balancer", { instances: 10000 }), n("web", "web_server", { instances: 10000 }), n("cache", "cache", { instances: 10000 }), n("db", "sql_database", { instances: 10000 }), n("r", "sql_database", { role: "replica", replicaOf: "db", instances: 10000 })],
        [["u", "lb"], ["lb", "web"], ["web", "cache"], ["web", "db"], ["web", "r"]],
      ),
    );
    expect(huge.cost.ratioToRightSized!).toBeGreaterThan(100);
    expect(huge.score.gates!.map((g) => g.id)).toContain("cost");
    expect(criterion(huge, "cost-efficiency").points).toBe(0);
    expect(huge.findings.find((f) => f.id === "cost-over-need")!.message).toMatch(/web \+\$/);
    expect(huge.score.total).toBeLessThan(simulate(sound()).score.total);
  });

  it("storage is billed for the first year's data and shown at full retention too", () => {
    const r = simulate(sound([], [], { retentionYears: 5 }));
    expect(r.cost.storage!.fullRetentionMonthlyUsd).toBeCloseTo(r.cost.storage!.firstYearMonthlyUsd * 5, 0);
  });
});

describe("6. redundancy means capacity", () => {
  it("two web instances each carrying 80 % of the peak are a capacity SPOF; three are not", () => {
    const design = (instances: number) =>
      doc(
        [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("web", "web_server", { instances, capacityRpsPerInstance: 138 }), n("db", "sql_database", { instances: 2 })],
        [["u", "lb"], ["lb", "web"], ["web", "db"]],
      );
    const two = simulate(design(2));
    expect(two.spofs).toContain("web");
    expect(two.findings.find((f) => f.id === "spof" && f.nodes.includes("web"))!.message).toMatch(/losing one of web's 2 units overloads it 1\.\d×/);
    expect(simulate(design(4)).spofs).not.toContain("web");
  });

  it("a tier whose peak needs more units than it has is down (k > n is 0)", () => {
    const setup = setupModel(doc([n("u", "client"), n("web", "web_server", { instances: 2, capacityRpsPerInstance: 50 })], [["u", "web"]]));
    const ev = evaluateState(setup, healthyState(setup));
    const web = setup.graph.byId.get("web")!;
    expect(nodeAvailability(web, ev.stations.get("web"), 2).a).toBe(0);
  });

  it("a single cache whose loss overloads the database is a capacity SPOF named with the overload", () => {
    const r = simulate(
      doc(
        [n("u", "client"), n("web", "web_server", { instances: 3 }), n("cache", "cache"), n("db", "sql_database", { instances: 2, capacityRpsPerInstance: 150 })],
        [["u", "web"], ["web", "cache"], ["web", "db"]],
        { staticShareOfReads: 0 },
      ),
    );
    const spof = r.findings.find((f) => f.id === "spof" && f.nodes[0] === "cache")!;
    expect(spof.message).toMatch(/losing cache overloads db \d+\.\d×/);
  });
});

describe("7. budgets are yearly", () => {
  it("a design that serves nothing is over budget in every failure it runs; a sound one is within", () => {
    const broken = simulate(doc([n("u", "client"), n("web", "web_server")], [["u", "web"]], { dailyActiveUsers: 864_000 * 60 }));
    expect(broken.scenarios.find((s) => s.scenario.kind === "baseline")!.withinErrorBudget).toBe(false);
    const ok = simulate(sound());
    const failures = ok.scenarios.filter((s) => s.scenario.kind !== "baseline");
    expect(failures.every((s) => Number.isFinite(s.errorBudgetShare))).toBe(true);
    expect(criterion(ok, "scenarios-within-budget").evidence).toMatch(/yearly budget/);
  });

  it("a single server's yearly cost of failure is its failure frequency × the minutes it fails", () => {
    const r = simulate(doc([n("u", "client"), n("web", "web_server")], [["u", "web"]], { availabilityTarget: 0.99 }, { scenarios: [{ kind: "node_down", node: "web" }] }));
    const s = r.scenarios[0];
    // 0.005 × 8 760 h ÷ 4 h ≈ 11 failures a year, each failing everything until replaced (4 h).
    expect(s.eventsPerYear!).toBeCloseTo(10.95, 1);
    expect(s.failedMinutesPerYear!).toBeCloseTo(10.95 * 240, -1);
    expect(s.errorBudgetShare).toBeCloseTo(s.failedMinutesPerYear! / (0.01 * 525600), 3);
    expect(s.summary).toMatch(/times a year/);
  });
});

describe("8. scenario sentences agree with their charts", () => {
  it("the headline served share is the timeline's lowest point, and the sentence names its stage and time", () => {
    const r = simulate(sound([], [], {}, ), {});
    for (const s of r.scenarios) {
      const lowest = Math.min(...s.timeline.map((p) => p.servedShare));
      expect(s.servedShare).toBeCloseTo(lowest, 3);
    }
    const down = simulate({ ...sound(), scenarios: [{ kind: "node_down", node: "db" }] }).scenarios[0];
    expect(down.summary).toMatch(/while db fails over: [\d.]+ % served, p99 \d+ ms, for \d+ s|until health checks notice: [\d.]+ % served/);
  });

  it("region outages apply to boards without regions, and the hot-key scenario uses the clarified share", () => {
    const d = sound([], [], { hotKeyShareOfReads: 0.35 });
    const scenarios = defaultScenarios(setupModel(d));
    expect(scenarios).toContainEqual({ kind: "region_outage", region: "us-east" });
    expect(scenarios).toContainEqual({ kind: "hot_key", shareOfReads: 0.35 });
    const outage = simulate({ ...d, scenarios: [{ kind: "region_outage", region: "us-east" }] }).scenarios[0];
    expect(outage.servedShare).toBeLessThan(0.5);
  });
});

describe("8. data must fit and be watched", () => {
  it("a single unsharded primary asked to hold petabytes is a gate", () => {
    const r = simulate(sound([], [], { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 10, bytesPerWrite: 10_000, retentionYears: 10 }));
    expect(r.score.gates!.map((g) => g.id)).toContain("data");
    expect(findings(r)).toContain("data-does-not-fit");
    expect(r.unmetRequirements.map((u) => u.requirement)).toContain("retentionYears");
  });

  it("a large fleet with no logging or metrics is a warning that costs points", () => {
    const fleet = doc(
      [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("web", "web_server", { instances: 12 }), n("db", "sql_database", { instances: 2 })],
      [["u", "lb"], ["lb", "web"], ["web", "db"]],
    );
    const r = simulate(fleet);
    expect(r.findings.find((f) => f.id === "no-observability")!.severity).toBe("warning");
    expect(criterion(r, "observability").points).toBe(0);
  });
});
