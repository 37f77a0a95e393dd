import { describe, expect, it } from "vitest";
import { nodeAvailability } from "@/lib/simulator/availability-graph.ts";
import { simulate } from "@/lib/simulator/index.ts";
import { setupModel } from "@/lib/simulator/model.ts";
import type { DesignNode, Report } from "@/lib/simulator/schema.ts";
import { doc } from "./helpers.ts";

// A pattern earns or costs points only when what triggers it is really there (SIMULATOR.md,
// "Scoring" 3 and verdict rule 5): a cache when reads fetch stored data, a CDN when users read
// static files or media, a queue when writes carry slow or external work; and a shard holds
// only its own keys, so losing one loses its share, not the whole data set.

const n = (id: string, kind: DesignNode["kind"], extra: Partial<DesignNode> = {}): DesignNode => ({ id, kind, ...extra }) as DesignNode;
const criterion = (r: Report, id: string) => r.score.criteria.find((c) => c.id === id)!;
const findings = (r: Report) => r.findings.map((f) => f.id);

describe("a cache is warranted when reads fetch stored data", () => {
  // 2 000 reads/s at peak and no writes: a service that computes its answer (an ID, a signature).
  const computed = { dailyActiveUsers: 8_640_000, readsPerUserPerDay: 10, writesPerUserPerDay: 0, bytesPerWrite: 0, retentionYears: 0, staticShareOfReads: 0 };
  const stateless = (requirements = computed, instances = 3) =>
    doc(
      [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("gen", "web_server", { instances, capacityRpsPerInstance: 2000, serviceTimeMs: 0.5 }), n("logs", "logging"), n("metrics", "metrics")],
      [["u", "lb"], ["lb", "gen"], ["gen", "logs"], ["gen", "metrics"]],
      requirements,
    );

  it("a read-heavy service that stores nothing and reads no data store needs no cache", () => {
    const r = simulate(stateless());
    expect(criterion(r, "cache-when-read-heavy").result).toBe("pass");
    expect(criterion(r, "cache-when-read-heavy").evidence).toMatch(/not required/);
    expect(findings(r)).not.toContain("no-cache");
  });

  it("answering from memory costs no database time: a 0.5 ms generator meets a 10 ms p99", () => {
    const r = simulate(stateless());
    expect(r.latency.dynamicRead.p99Ms).not.toBeNull();
    expect(r.latency.dynamicRead.p99Ms!).toBeLessThan(10);
  });

  it("the same read-heavy mix that fetches stored rows from a database without a cache still fails the criterion", () => {
    const r = simulate(
      doc(
        [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("web", "web_server", { instances: 4 }), n("db", "nosql_database", { instances: 3, shards: 2, shardKey: "id" })],
        [["u", "lb"], ["lb", "web"], ["web", "db"]],
        { ...computed, writesPerUserPerDay: 1, bytesPerWrite: 500, retentionYears: 1 },
      ),
    );
    expect(criterion(r, "cache-when-read-heavy").result).toBe("fail");
  });

  it("a server that keeps stored data itself still pays for reading it", () => {
    // Its own database work (5 ms a request) cuts what one server sustains: 30 of them carry it.
    const withData = simulate(stateless({ ...computed, writesPerUserPerDay: 1, bytesPerWrite: 500, retentionYears: 1 }, 30));
    const without = simulate(stateless(computed, 30));
    expect(withData.latency.dynamicRead.p99Ms!).toBeGreaterThan(without.latency.dynamicRead.p99Ms! + 5);
    expect(criterion(withData, "cache-when-read-heavy").result).toBe("fail");
  });
});

describe("a CDN is warranted for static and media reads served to users, not for media written", () => {
  // 200 writes/s, each storing a 100 KB blob that users never download (a crawler's pages, backups).
  const archive = (staticShareOfReads: number, readsPerUserPerDay = 1) =>
    doc(
      [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("web", "web_server", { instances: 8 }), n("db", "nosql_database", { instances: 2 }), n("blobs", "object_storage")],
      [["u", "lb"], ["lb", "web"], ["web", "db"], ["web", "blobs"]],
      { readsPerUserPerDay, writesPerUserPerDay: 10, mediaShareOfWrites: 1, bytesPerMedia: 100_000, staticShareOfReads },
    );

  it("media that is stored but never read by users needs no CDN", () => {
    const r = simulate(archive(0));
    expect(criterion(r, "cdn-for-static").result).toBe("pass");
    expect(criterion(r, "cdn-for-static").evidence).toMatch(/not required/);
    expect(findings(r)).not.toContain("no-cdn");
  });

  it("media that users download is still a reason for a CDN", () => {
    // 1 M users × 10 reads a day × 2 at peak ÷ 86 400 ≈ 231 reads/s, half of them static: 116/s.
    const r = simulate(archive(0.5, 10));
    expect(criterion(r, "cdn-for-static").result).toBe("fail");
    expect(findings(r)).toContain("no-cdn");
  });

  it("a trickle of static reads (a web app's assets, ~12/s) is no reason for a CDN, whatever the writes carry", () => {
    const r = simulate(archive(0.5, 1));
    expect(criterion(r, "cdn-for-static").evidence).toMatch(/not required/);
    expect(findings(r)).not.toContain("no-cdn");
  });
});

describe("a queue is warranted when writes carry slow or external work", () => {
  // 20 writes/s at peak, each calling a third-party provider for about 300 ms.
  const slow = { slowWorkMsPerWrite: 300, staticShareOfReads: 0 };
  const nodes = [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("api", "web_server", { instances: 3 }), n("cache", "cache", { instances: 2 }), n("db", "sql_database", { instances: 2 })];
  const queued = (requirements: Record<string, unknown>) =>
    doc(
      [...nodes, n("q", "message_queue", { instances: 2 }), n("senders", "worker", { instances: 3, serviceTimeMs: 300 })],
      [["u", "lb"], ["lb", "api"], ["api", "cache"], ["api", "db"], ["api", "q"], ["q", "senders"], ["senders", "db"]],
      requirements,
    );
  const inline = (requirements: Record<string, unknown>) => doc(nodes, [["u", "lb"], ["lb", "api"], ["api", "cache"], ["api", "db"]], requirements);

  it("a queue in front of provider calls scores and is not over-engineering", () => {
    const r = simulate(queued(slow));
    expect(criterion(r, "queue-for-slow-work").result).toBe("pass");
    expect(criterion(r, "queue-for-slow-work").evidence).not.toMatch(/not required/);
    expect(criterion(r, "no-over-engineering").evidence).not.toMatch(/queue/);
  });

  it("calling the providers inside the request fails the criterion and the user waits for them", () => {
    const r = simulate(inline(slow));
    expect(criterion(r, "queue-for-slow-work").result).toBe("fail");
    expect(r.latency.write.p99Ms!).toBeGreaterThan(300);
    expect(simulate(queued(slow)).latency.write.p99Ms!).toBeLessThan(100);
  });

  it("a queue moves the slow work off the request but not off the bill: each job still takes it", () => {
    // Workers declared as 5 ms jobs at 2 000 a second each (10 at a time): with 300 ms of provider
    // calls per job the same 10 slots finish 10 ÷ 0.3 s ≈ 33 jobs a second.
    const fast = { instances: 3, capacityRpsPerInstance: 2000, serviceTimeMs: 5 };
    const design = (requirements: Record<string, unknown>) =>
      doc([...nodes, n("q", "message_queue", { instances: 2 }), n("senders", "worker", fast)], [["u", "lb"], ["lb", "api"], ["api", "cache"], ["api", "db"], ["api", "q"], ["q", "senders"], ["senders", "db"]], requirements);
    const senders = (r: ReturnType<typeof simulate>) => r.components.find((c) => c.id === "senders")!;
    expect(senders(simulate(design(slow))).capacityRps).toBeCloseTo((3 * 2000 * 5) / 300, 0);
    expect(senders(simulate(design({ staticShareOfReads: 0 }))).capacityRps).toBeCloseTo(3 * 2000, 0);
  });

  it("with no slow work per write, the same queue is still over-engineering", () => {
    const r = simulate(queued({ staticShareOfReads: 0 }));
    expect(criterion(r, "no-over-engineering").evidence).toMatch(/a queue \(q\) with no slow work/);
  });
});

describe("losing one shard loses that shard's keys, not the whole data set", () => {
  // 1 000 writes/s over 16 shards of one copy each: every request reads or writes the store.
  const sharded = (shards: number, copies: number) =>
    doc(
      [n("u", "client"), n("lb", "load_balancer", { instances: 2 }), n("web", "web_server", { instances: 4 }), n("kv", "nosql_database", { shards, instances: copies, shardKey: "key", capacityRpsPerInstance: 20_000 })],
      [["u", "lb"], ["lb", "web"], ["web", "kv"]],
      { readsPerUserPerDay: 2, writesPerUserPerDay: 1, staticShareOfReads: 0 },
      { scenarios: [{ kind: "instance_failure", node: "kv", instances: copies }] },
    );

  it("a primary's availability is the expected share of keys it can serve: that of one shard, whatever the count", () => {
    const setup = setupModel(sharded(16, 1));
    const one = nodeAvailability(setup.graph.byId.get("kv")!, undefined);
    expect(one.a).toBeCloseTo(0.995, 6);
    const copies = nodeAvailability(setupModel(sharded(16, 2)).graph.byId.get("kv")!, undefined);
    expect(copies.a).toBeCloseTo(1 - 0.005 * 0.005, 8);
  });

  it("sixteen single-copy shards are about as available as one single-copy node, not sixteen times worse", () => {
    const many = simulate(sharded(16, 1)).availability;
    const single = simulate(sharded(1, 1)).availability;
    expect(1 - many.estimate).toBeLessThan(1.5 * (1 - single.estimate));
  });

  it("a shard's only copy failing loses about a sixteenth of the requests, not all of them", () => {
    const s = simulate(sharded(16, 1)).scenarios[0];
    expect(s.servedShare).toBeGreaterThan(0.9);
    expect(s.servedShare).toBeLessThan(0.97);
  });

  it("a shard lost with an async replica puts that shard's share of the lagged writes at risk, not none and not all", () => {
    const withReplica = (shards: number) =>
      doc(
        [
          n("u", "client"),
          n("lb", "load_balancer", { instances: 2 }),
          n("web", "web_server", { instances: 4 }),
          n("db", "sql_database", { role: "primary", shards, shardKey: "user_id", capacityRpsPerInstance: 20_000 }),
          n("db-r", "sql_database", { role: "replica", replicaOf: "db", replication: "async", shards, capacityRpsPerInstance: 20_000 }),
        ],
        [["u", "lb"], ["lb", "web"], ["web", "db"], ["web", "db-r"]],
        { readsPerUserPerDay: 20, writesPerUserPerDay: 10, staticShareOfReads: 0 },
        { scenarios: [{ kind: "instance_failure", node: "db", instances: 1 }] },
      );
    const one = simulate(withReplica(1)).scenarios[0].dataAtRiskWrites;
    const four = simulate(withReplica(4)).scenarios[0].dataAtRiskWrites;
    // 1 M users × 10 writes a day × 2 at peak ÷ 86 400 ≈ 231 writes/s, 1 s of async lag.
    expect(one).toBeGreaterThan(100);
    expect(four).toBeGreaterThan(0);
    expect(Math.abs(four - one / 4)).toBeLessThanOrEqual(1);
  });

  it("a shard failing over to its second copy fails a sixteenth of the requests while it does", () => {
    const s = simulate(sharded(16, 2)).scenarios.find((x) => x.scenario.kind === "instance_failure")!;
    expect(s.servedShare).toBeGreaterThan(0.9);
    expect(s.servedShare).toBeLessThan(0.97);
  });
});
