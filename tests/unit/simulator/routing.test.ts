import { describe, expect, it } from "vitest";
import { evaluateState, healthyState, setupModel, type State } from "@/lib/simulator/model.ts";
import { doc } from "./helpers.ts";

// BASE_REQUIREMENTS at peak: 100 dynamic reads/s, 100 static reads/s, 20 writes/s.
const PEAK = { dynamicRead: 100, staticRead: 100, write: 20 };

function loadsOf(d: ReturnType<typeof doc>, patch: (s: State) => State = (s) => s) {
  const setup = setupModel(d);
  const ev = evaluateState(setup, patch(healthyState(setup)), true);
  const byClass = (id: string, cls: "dynamicRead" | "write" | "staticRead") => ev.loads.get(id)?.byClass[cls] ?? 0;
  return { setup, ev, byClass };
}

describe("routing by node kind", () => {
  it("a single web server takes every request class", () => {
    const { ev } = loadsOf(doc([{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }], [["u", "web"]]));
    expect(ev.loads.get("web")!.rps).toBeCloseTo(PEAK.dynamicRead + PEAK.staticRead + PEAK.write, 6);
  });

  it("a load balancer splits by capacity", () => {
    const { ev } = loadsOf(
      doc(
        [{ id: "u", kind: "client" }, { id: "lb", kind: "load_balancer" }, { id: "a", kind: "web_server" }, { id: "b", kind: "web_server", instances: 3 }],
        [["u", "lb"], ["lb", "a"], ["lb", "b"]],
      ),
    );
    expect(ev.loads.get("b")!.rps).toBeCloseTo(0.75 * 220, 6);
    expect(ev.loads.get("a")!.rps).toBeCloseTo(0.25 * 220, 6);
    expect(ev.loads.get("lb")!.rps).toBeCloseTo(220, 6);
  });

  it("cache-aside: the database sees (1 - h) of the dynamic reads and every write", () => {
    const { ev, byClass } = loadsOf(
      doc(
        [{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }, { id: "cache", kind: "cache", memoryGb: 1 }, { id: "db", kind: "sql_database" }],
        [["u", "web"], ["web", "cache"], ["web", "db"]],
      ),
    );
    const h = ev.hitRatios.get("cache")!;
    expect(h).toBeGreaterThan(0);
    expect(h).toBeLessThan(1);
    expect(byClass("cache", "dynamicRead")).toBeCloseTo(PEAK.dynamicRead, 6);
    expect(byClass("db", "dynamicRead")).toBeCloseTo((1 - h) * PEAK.dynamicRead, 6);
    expect(byClass("db", "write")).toBeCloseTo(PEAK.write, 6);
  });

  it("replicas take the reads, the primary the writes; strong consistency keeps reads off async replicas", () => {
    const nodes = [
      { id: "u", kind: "client" as const },
      { id: "web", kind: "web_server" as const },
      { id: "db", kind: "sql_database" as const, role: "primary" as const },
      { id: "r", kind: "sql_database" as const, role: "replica" as const, replicaOf: "db", replication: "async" as const },
    ];
    const edges: [string, string][] = [["u", "web"], ["web", "db"], ["web", "r"]];
    const eventual = loadsOf(doc(nodes, edges));
    expect(eventual.byClass("r", "dynamicRead")).toBeCloseTo(PEAK.dynamicRead, 6);
    expect(eventual.byClass("db", "dynamicRead")).toBe(0);
    expect(eventual.byClass("db", "write")).toBeCloseTo(PEAK.write, 6);
    const strong = loadsOf(doc(nodes, edges, { consistency: "strong" }));
    expect(strong.byClass("db", "dynamicRead")).toBeCloseTo(PEAK.dynamicRead, 6);
    expect(strong.byClass("r", "dynamicRead")).toBe(0);
  });

  it("a CDN serves h of the static reads and sends the misses to the origin; without it the origin takes all", () => {
    const d = doc([{ id: "u", kind: "client" }, { id: "cdn", kind: "cdn" }, { id: "web", kind: "web_server" }], [["u", "cdn"], ["u", "web"]]);
    const healthy = loadsOf(d);
    const h = healthy.ev.hitRatios.get("cdn")!;
    expect(h).toBeGreaterThan(0.5);
    expect(healthy.byClass("web", "staticRead")).toBeCloseTo((1 - h) * PEAK.staticRead, 6);
    expect(healthy.byClass("web", "dynamicRead")).toBeCloseTo(PEAK.dynamicRead, 6);
    const outage = loadsOf(d, (s) => ({ ...s, world: { ...s.world, removed: new Set(["cdn"]) } }));
    expect(outage.byClass("web", "staticRead")).toBeCloseTo(PEAK.staticRead, 6);
  });

  it("a queue hands writes to its workers as jobs", () => {
    const { byClass, ev } = loadsOf(
      doc(
        [{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }, { id: "q", kind: "message_queue" }, { id: "w", kind: "worker" }, { id: "db", kind: "sql_database" }],
        [["u", "web"], ["web", "q"], ["q", "w"], ["w", "db"], ["web", "db"]],
      ),
    );
    expect(byClass("q", "write")).toBeCloseTo(PEAK.write, 6);
    expect(ev.loads.get("w")!.byClass.job).toBeCloseTo(PEAK.write, 6);
    expect(ev.loads.get("db")!.byClass.job).toBeCloseTo(PEAK.write, 6);
    expect(byClass("db", "write")).toBe(0);
  });

  it("a class with no way through is a Fail plan with served share 0, not an exception", () => {
    const { ev } = loadsOf(doc([{ id: "u", kind: "client" }, { id: "cdn", kind: "cdn" }], [["u", "cdn"]]));
    expect(ev.served.dynamicRead).toBe(0);
    expect(ev.served.write).toBe(0);
    expect(ev.plans.dynamicRead.t).toBe("fail");
  });
});

describe("capacity", () => {
  it("caps a saturated node: served share = capacity / offered, utilisation finite", () => {
    const { ev } = loadsOf(doc([{ id: "u", kind: "client" }, { id: "web", kind: "web_server", capacityRpsPerInstance: 110 }], [["u", "web"]]));
    const st = ev.stations.get("web")!;
    // The monolith also does the database's 5 ms per read and write: capacity 110 × 10 / 15 for those.
    expect(st.utilization).toBeGreaterThan(1);
    // No steady state past capacity: no finite p99 (null), never a made-up number.
    expect(st.p99Ms).toBeNull();
    expect(st.servedFactor).toBeCloseTo(st.capacityRps / st.offeredRps, 9);
    expect(ev.servedAll).toBeCloseTo(st.capacityRps / st.offeredRps, 9);
  });

  it("puts the hottest key on one shard: that unit saturates while the average does not", () => {
    const { ev } = loadsOf(
      doc(
        [{ id: "u", kind: "client" }, { id: "web", kind: "web_server" }, { id: "db", kind: "nosql_database", shards: 4, capacityRpsPerInstance: 60 }],
        [["u", "web"], ["web", "db"]],
        { hotKeyShareOfReads: 0.5 },
      ),
    );
    const st = ev.stations.get("db")!;
    // 120 rps over 4 shards of 60 → 0.5 on average; the hot shard takes 50 + 70 / 4 = 67.5 rps.
    expect(st.utilization).toBeCloseTo(0.5, 9);
    expect(st.hotUnitUtilization).toBeCloseTo(67.5 / 60, 9);
    expect(st.servedFactor).toBeCloseTo(1 - (67.5 - 60) / 120, 9);
  });
});
