import { describe, expect, it } from "vitest";
import { dueProbes, eligibleProbes, type Probe } from "@/lib/interview/probes";
import type { Design } from "@/lib/simulator/schema";
import { HIGH_LEVEL_DESIGN } from "./fixtures";

const PROBES: Probe[] = [
  { when: { phase: 3 }, ask: "What happens when the primary database fails?", lookFor: ["failover", "replica"] },
  { when: { missing: "cache" }, ask: "Reads dominate: how would you take load off the database?" },
  { when: { has: "load_balancer" }, ask: "What happens to sessions when a web server dies?" },
  { when: { phase: 4 }, ask: "What would you change at 10× traffic?" },
  { when: { missing: "cdn" }, ask: "How are images served to users far away?" },
];

const EMPTY: Design = { nodes: [], edges: [] };
const ids = (due: { index: number }[]) => due.map((d) => d.index);

describe("probes", () => {
  it("asks nothing in phase 1", () => {
    expect(eligibleProbes(PROBES, 1, HIGH_LEVEL_DESIGN, [])).toEqual([]);
  });

  it("asks about a drawn kind in phase 2 but waits for the deep dive for missing kinds", () => {
    expect(ids(eligibleProbes(PROBES, 2, HIGH_LEVEL_DESIGN, []))).toEqual([2]);
    expect(ids(eligibleProbes(PROBES, 2, EMPTY, []))).toEqual([]);
  });

  it("lists the deep-dive probes in the author's order and returns one at a time", () => {
    expect(ids(eligibleProbes(PROBES, 3, HIGH_LEVEL_DESIGN, []))).toEqual([0, 1, 2, 4]);
    expect(dueProbes(PROBES, 3, HIGH_LEVEL_DESIGN, [])).toEqual([{ index: 0, probe: PROBES[0] }]);
    expect(ids(dueProbes(PROBES, 3, HIGH_LEVEL_DESIGN, [0]))).toEqual([1]);
    expect(ids(dueProbes(PROBES, 3, HIGH_LEVEL_DESIGN, [0, 1, 2, 4]))).toEqual([]);
  });

  it("drops a missing-kind probe once the candidate draws that kind", () => {
    const withCache: Design = {
      nodes: [...HIGH_LEVEL_DESIGN.nodes, { id: "cache", kind: "cache" }],
      edges: [...HIGH_LEVEL_DESIGN.edges, { from: "web", to: "cache" }],
    };
    expect(ids(eligibleProbes(PROBES, 3, withCache, [0]))).toEqual([2, 4]);
  });

  it("does not ask about missing kinds on an empty board", () => {
    const onlyClient: Design = { nodes: [{ id: "users", kind: "client" }], edges: [] };
    expect(ids(eligibleProbes(PROBES, 3, onlyClient, []))).toEqual([0]);
  });

  it("keeps phase probes to their phase", () => {
    expect(ids(eligibleProbes(PROBES, 4, HIGH_LEVEL_DESIGN, []))).toEqual([1, 2, 3, 4]);
  });
});
