import { describe, expect, it } from "vitest";
import { aggregateProgress, groupShares, practiseNext, type Attempt, type CataloguePrompt } from "@/lib/progress/aggregate";

const BANDS = [[3, 10], [10, 15], [10, 25], [3, 5]] as const;

function attempt(id: string, day: number, slug: string, score: number, shares: { nav: number; design: number; tech: number; comm: number | null }, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    submittedAt: new Date(Date.UTC(2025, 0, day)),
    score,
    promptSlug: slug,
    promptTitle: slug.toUpperCase(),
    criteria: [
      { group: "problemNavigation", points: 25 * shares.nav, max: 25, concept: "back-of-the-envelope" },
      { group: "solutionDesign", points: 20 * shares.design, max: 20, concept: "single-point-of-failure" },
      { group: "solutionDesign", points: 15 * shares.design, max: 15, concept: "cache" },
      { group: "technicalExcellence", points: 25 * shares.tech, max: 25, concept: "sharding" },
      ...(shares.comm === null ? [] : [{ group: "communication" as const, points: 15 * shares.comm, max: 15, concept: "back-of-the-envelope" }]),
    ],
    findings: [],
    unmet: [],
    phaseSeconds: [300, 720, 900, 240],
    bands: BANDS,
    ...extra,
  };
}

const CATALOGUE: CataloguePrompt[] = [
  { slug: "feed", title: "News feed", topics: ["message-queue", "sharding"] },
  { slug: "short", title: "URL shortener", topics: ["hashing", "cache"] },
  { slug: "scale", title: "Scale to millions", topics: ["single-point-of-failure", "cache", "load-balancer"] },
];

describe("aggregateProgress", () => {
  it("orders attempts by submission and numbers them, overall and per prompt", () => {
    const p = aggregateProgress(
      [attempt("c", 3, "short", 70, { nav: 1, design: 1, tech: 1, comm: 1 }), attempt("a", 1, "short", 40, { nav: 1, design: 1, tech: 1, comm: 1 }), attempt("b", 2, "feed", 55, { nav: 1, design: 1, tech: 1, comm: 1 })],
      CATALOGUE,
    );
    expect(p.attempts.map((a) => [a.n, a.id, a.score])).toEqual([[1, "a", 40], [2, "b", 55], [3, "c", 70]]);
    const short = p.perPrompt.find((s) => s.slug === "short")!;
    expect(short.points).toEqual([{ n: 1, id: "a", score: 40 }, { n: 2, id: "c", score: 70 }]);
    expect(short.best).toBe(70);
    expect(short.last).toBe(70);
    expect(p.perPrompt.map((s) => s.slug)).toEqual(["feed", "short"]);
  });

  it("gives each group its share of assessed points, and null when nothing was assessed", () => {
    const shares = groupShares(attempt("a", 1, "x", 0, { nav: 0.5, design: 0.25, tech: 1, comm: null }).criteria);
    expect(shares.problemNavigation).toBeCloseTo(0.5);
    expect(shares.solutionDesign).toBeCloseTo(0.25);
    expect(shares.technicalExcellence).toBe(1);
    expect(shares.communication).toBeNull();
  });

  it("puts time per phase in minutes with its verdict against the band", () => {
    const p = aggregateProgress([attempt("a", 1, "x", 50, { nav: 1, design: 1, tech: 1, comm: 1 }, { phaseSeconds: [60, 720, 1800, 0] })], CATALOGUE);
    expect(p.phases[0].minutes).toEqual([1, 12, 30, 0]);
    expect(p.phases[0].verdicts).toEqual(["under", "in", "over", "not reached"]);
    expect(p.bands).toEqual(BANDS);
  });

  it("counts a recurring finding once per attempt and ranks by attempts", () => {
    const spof = { id: "spof", severity: "critical" as const, concept: "single-point-of-failure", message: "db is a SPOF" };
    const cold = { id: "cache-cold", severity: "warning" as const, concept: "cache", message: "cold cache" };
    const p = aggregateProgress(
      [
        attempt("a", 1, "x", 50, { nav: 1, design: 1, tech: 1, comm: 1 }, { findings: [spof, spof, cold], unmet: [{ requirement: "availabilityTarget" }] }),
        attempt("b", 2, "x", 50, { nav: 1, design: 1, tech: 1, comm: 1 }, { findings: [{ ...spof, message: "web is a SPOF" }], unmet: [{ requirement: "availabilityTarget" }, { requirement: "latencyP99Ms" }] }),
      ],
      CATALOGUE,
    );
    expect(p.findings.map((f) => [f.key, f.count])).toEqual([["spof", 2], ["cache-cold", 1]]);
    expect(p.findings[0].label).toBe("web is a SPOF");
    expect(p.unmet.map((u) => [u.label, u.count])).toEqual([["availability target", 2], ["p99 latency SLO (ms)", 1]]);
  });
});

describe("practiseNext", () => {
  it("is nothing before the first attempt", () => {
    expect(practiseNext([], CATALOGUE)).toBeNull();
  });

  it("names the weakest group of the recent attempts and the prompt covering its lost concepts", () => {
    const next = practiseNext(
      [attempt("a", 1, "short", 60, { nav: 0.9, design: 0.2, tech: 0.8, comm: 0.9 }), attempt("b", 2, "short", 60, { nav: 0.9, design: 0.4, tech: 0.8, comm: 0.9 })],
      CATALOGUE,
    )!;
    expect(next.group.id).toBe("solutionDesign");
    expect(next.group.average).toBeCloseTo(0.3);
    // Scale covers both lost concepts (SPOF and cache); the shortener covers only cache.
    expect(next.prompt?.slug).toBe("scale");
    expect(next.reason).toContain("Solution design");
  });

  it("looks only at the last five attempts", () => {
    const old = Array.from({ length: 5 }, (_, i) => attempt(`old${i}`, i + 1, "short", 30, { nav: 1, design: 0, tech: 1, comm: 1 }));
    const recent = Array.from({ length: 5 }, (_, i) => attempt(`new${i}`, i + 10, "short", 30, { nav: 1, design: 1, tech: 0.1, comm: 1 }));
    const next = practiseNext([...old, ...recent], CATALOGUE)!;
    expect(next.group.id).toBe("technicalExcellence");
    expect(next.prompt?.slug).toBe("feed");
  });

  it("falls back to the prompt where the group went worst when no topic matches", () => {
    const next = practiseNext(
      [attempt("a", 1, "feed", 60, { nav: 0.1, design: 1, tech: 1, comm: 1 }), attempt("b", 2, "short", 60, { nav: 0.3, design: 1, tech: 1, comm: 1 })],
      CATALOGUE,
    )!;
    expect(next.group.id).toBe("problemNavigation");
    expect(next.prompt?.slug).toBe("feed");
  });
});
