import { beforeAll, describe, expect, it } from "vitest";
import { loadExpertDesigns, type ExpertDesign } from "@/lib/content/expert-designs";
import path from "node:path";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { simulate } from "@/lib/simulator/index.ts";
import type { Report } from "@/lib/simulator/schema.ts";

// The expert corpus is the yardstick: a senior interviewer's band and SPOFs for each design,
// written from the source notes. The simulator must land in the band and name the same SPOFs.
let designs: ExpertDesign[] = [];
const reports = new Map<string, Report>();

beforeAll(async () => {
  const loaded = await loadExpertDesigns();
  expect(loaded.problems).toEqual([]);
  designs = loaded.designs;
  for (const d of designs) reports.set(d.file, simulate(d.document));
}, 120_000);

describe("the expert corpus (content/designs/expert)", () => {
  it("has at least 30 valid designs across the prompts", () => {
    expect(designs.length).toBeGreaterThanOrEqual(30);
    for (const slug of ["scale-to-millions", "url-shortener", "news-feed"]) expect(designs.filter((d) => d.prompt === slug).length).toBeGreaterThanOrEqual(6);
  });

  it("the simulator gives every design a band the expert would sign", () => {
    const misses = designs
      .map((d) => ({ file: d.file, expected: d.expert.bands, got: reports.get(d.file)!.score.band, total: reports.get(d.file)!.score.total }))
      .filter((x) => !x.expected.includes(x.got));
    expect(misses).toEqual([]);
  });

  it("the simulator names exactly the SPOFs the expert names", () => {
    const misses = designs
      .map((d) => ({ file: d.file, expected: [...d.expert.spofs].sort(), got: [...reports.get(d.file)!.spofs].sort() }))
      .filter((x) => JSON.stringify(x.expected) !== JSON.stringify(x.got));
    expect(misses).toEqual([]);
  });

  it("sound designs outrank gamed ones on the same prompt", () => {
    const score = (file: string) => reports.get(designs.find((d) => d.file.startsWith(file))!.file)!.score.total;
    // Right-sized vs 10 000 of everything, vs a load balancer wired to the data, vs a CDN alone.
    expect(score("09-")).toBeGreaterThan(score("13-"));
    expect(score("09-")).toBeGreaterThan(score("10-"));
    expect(score("18-")).toBeGreaterThan(score("19-"));
    // At a thousand users the single server outranks the two-region, sharded design.
    expect(score("27-")).toBeGreaterThan(score("28-"));
  });

  it("every prompt has at least two flawed designs that score clearly below its reference", async () => {
    const { prompts } = await loadPromptFiles(path.join(import.meta.dirname, "../../../content/prompts"));
    expect(prompts.length).toBeGreaterThanOrEqual(12);
    // Flawed: a design the expert would not call a strong hire. "Clearly lower": ten points
    // under the reference at least, so the report's comparison is visible to a candidate.
    const short = prompts
      .map((prompt) => {
        const reference = simulate(prompt.referenceDesign, { rubric: prompt.rubric }).score.total;
        const flawed = designs.filter((d) => d.prompt === prompt.slug && !d.expert.bands.includes("strong hire"));
        const clearlyLower = flawed.filter((d) => reports.get(d.file)!.score.total <= reference - 10);
        return { slug: prompt.slug, reference, flawed: flawed.map((d) => `${d.file}: ${reports.get(d.file)!.score.total}`), clearlyLower: clearlyLower.length };
      })
      .filter((x) => x.clearlyLower < 2);
    expect(short).toEqual([]);
  });
});
