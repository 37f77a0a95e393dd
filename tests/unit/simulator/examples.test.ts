import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulate, validateDesignDocument, type DesignDocument, type Report } from "@/lib/simulator/index.ts";

const dir = path.resolve(import.meta.dirname, "../../../content/designs");
const names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

function load(name: string): DesignDocument {
  const r = validateDesignDocument(JSON.parse(readFileSync(path.join(dir, name), "utf8")));
  if (!r.ok) throw new Error(`${name}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return r.document;
}

const reports = new Map<string, Report>(names.map((n) => [n.replace(/\.json$/, ""), simulate(load(n))]));
const get = (name: string) => reports.get(name)!;
const component = (r: Report, id: string) => r.components.find((c) => c.id === id)!;

describe("example designs along the scaling path", () => {
  it("has the six documents, all valid, with the same requirements", () => {
    expect([...reports.keys()]).toEqual([
      "01-single-server",
      "02-separate-database",
      "03-load-balancer-two-web",
      "04-replica-cache-cdn",
      "05-stateless-two-regions",
      "06-queue-workers-shards",
    ]);
    const first = JSON.stringify(load(names[0]).requirements);
    for (const n of names) expect(JSON.stringify(load(n).requirements)).toBe(first);
  });

  it("01: the single server is a SPOF and saturates", () => {
    const r = get("01-single-server");
    expect(r.spofs).toEqual(["server"]);
    expect(component(r, "server").saturated).toBe(true);
    expect(r.meetsRequirements).toBe(false);
  });

  it("02 → 03: a load balancer and a second web server remove the web SPOF", () => {
    expect(get("02-separate-database").spofs).toContain("web");
    expect(get("03-load-balancer-two-web").spofs).toEqual([]);
  });

  it("04: the cache cuts database reads by its hit ratio and the replica takes them", () => {
    const r = get("04-replica-cache-cdn");
    const hit = component(r, "cache").hitRatio!;
    const dynamicPeak = r.estimates.readQps.peak;
    expect(hit).toBeGreaterThan(0.3);
    expect(component(r, "db-replica").offeredRps).toBeCloseTo((1 - hit) * dynamicPeak, 0);
    // Without cache and replica (03) the primary takes every read and write.
    const before = component(get("03-load-balancer-two-web"), "db").offeredRps;
    expect(before).toBeCloseTo(dynamicPeak + r.estimates.writeQps.peak, 0);
    expect(component(r, "db").offeredRps).toBeCloseTo(r.estimates.writeQps.peak, 0);
  });

  it("05: a second region survives a region outage that stops 04", () => {
    const outage = (r: Report) => r.scenarios.find((s) => s.scenario.kind === "region_outage")!;
    const single = outage(get("04-replica-cache-cdn"));
    const double = outage(get("05-stateless-two-regions"));
    // In 04 only the CDN's cached static files are still served: at most the static share.
    const e = get("04-replica-cache-cdn").estimates;
    const staticShare = e.staticQps.peak / (e.staticQps.peak + e.readQps.peak + e.writeQps.peak);
    expect(single.timeline[single.timeline.length - 1].servedShare).toBeLessThanOrEqual(staticShare + 1e-4);
    expect(double.timeline[double.timeline.length - 1].servedShare).toBeCloseTo(1, 3);
    expect(get("05-stateless-two-regions").findings.some((f) => f.id === "one-region-global-users")).toBe(false);
    expect(get("04-replica-cache-cdn").findings.some((f) => f.id === "one-region-global-users")).toBe(true);
  });

  it("06: the queue takes media processing off the user's write latency", () => {
    expect(get("06-queue-workers-shards").latency.write.p99Ms!).toBeLessThan(get("05-stateless-two-regions").latency.write.p99Ms! / 2);
    expect(component(get("06-queue-workers-shards"), "workers-us-east").offeredRps).toBeGreaterThan(0);
  });

  it("06: two shards split the primary's write load", () => {
    const r = get("06-queue-workers-shards");
    const db = component(r, "db");
    expect(db.capacityRps).toBeCloseTo(2 * component(get("05-stateless-two-regions"), "db").capacityRps, 6);
    expect(db.utilization).toBeCloseTo(db.offeredRps / db.capacityRps, 3);
  });

  it("scores rise along the path", () => {
    const scores = [...reports.values()].map((r) => r.score.total);
    for (let i = 1; i < scores.length; i++) expect(scores[i], `${names[i]} vs ${names[i - 1]}: ${scores.join(", ")}`).toBeGreaterThan(scores[i - 1]);
    expect(get("06-queue-workers-shards").meetsRequirements).toBe(true);
  });
});
