import { describe, expect, it } from "vitest";
import { PromptDocumentSchema } from "@/lib/prompts/schema";
import { parsePromptText } from "@/lib/prompts/load-content";
import { toYaml, validPrompt } from "./fixture.ts";

type Data = Record<string, unknown> & { facts: Record<string, unknown>[]; referenceDesign: Record<string, unknown> };

function problemsFor(mutate: (prompt: Data) => void): { path: string; message: string }[] {
  const prompt = validPrompt() as Data;
  mutate(prompt);
  const result = parsePromptText("p.yaml", toYaml(prompt));
  if (result.ok) return [];
  for (const problem of result.problems) expect(problem.file).toBe("p.yaml");
  return result.problems.map(({ path, message }) => ({ path, message }));
}

describe("PromptDocumentSchema", () => {
  it("accepts the fixture and fills defaults", () => {
    const parsed = PromptDocumentSchema.parse(validPrompt());
    expect(parsed.published).toBe(true);
    expect(parsed.curveballs).toEqual([]);
    expect(parsed.facts.map((f) => f.key)).toEqual([true, false, false, false]);
  });

  it("takes Korean text beside the English, field by field, and names a stray Korean field", () => {
    const prompt = validPrompt() as Data;
    prompt.ko = { title: "작은 서비스 설계" };
    prompt.facts[0].ko = { answer: "100만 명입니다." };
    const parsed = PromptDocumentSchema.parse(prompt);
    expect(parsed.ko).toEqual({ title: "작은 서비스 설계" });
    expect(parsed.facts[0].ko?.answer).toBe("100만 명입니다.");

    const problems = problemsFor((p) => {
      p.facts[1].ko = { answr: "오타" };
      p.ko = { title: "" };
    });
    expect(problems.map((x) => x.path).sort()).toEqual(["facts[1].ko.answr", "ko.title"]);
  });

  it("names an unknown requirement field in sets by its path", () => {
    const problems = problemsFor((p) => {
      p.facts[0].sets = { dailyUsers: 5 };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe("facts[0].sets.dailyUsers");
    expect(problems[0].message).toContain("not a requirement field");
  });

  it("names a bad requirement value by its path", () => {
    const problems = problemsFor((p) => {
      p.facts[1].sets = { readsPerUserPerDay: -3, writesPerUserPerDay: 1 };
    });
    expect(problems.map((x) => x.path)).toEqual(["facts[1].sets.readsPerUserPerDay"]);
  });

  it("rejects duplicate fact ids", () => {
    const problems = problemsFor((p) => {
      p.facts[3].id = "dau";
    });
    expect(problems).toEqual([{ path: "facts[3].id", message: expect.stringContaining("duplicate fact id") }]);
  });

  it("rejects two facts fixing the same field", () => {
    const problems = problemsFor((p) => {
      p.facts[3].sets = { dailyActiveUsers: 1000000 };
    });
    expect(problems.map((x) => x.path)).toEqual(["facts[3].sets.dailyActiveUsers"]);
  });

  it("rejects unknown fields, bad slugs and bad probe conditions, each at its path", () => {
    const problems = problemsFor((p) => {
      p.slug = "Tiny Service";
      p.difficulty = "extreme";
      p.extra = true;
      p.probes = [{ when: { missing: "database" }, ask: "?" }];
    });
    const paths = problems.map((x) => x.path);
    expect(paths).toContain("slug");
    expect(paths).toContain("difficulty");
    expect(paths).toContain("extra");
    expect(paths.some((path) => path.startsWith("probes[0].when"))).toBe(true);
  });

  it("re-roots the simulator's validation problems under referenceDesign", () => {
    const problems = problemsFor((p) => {
      const design = p.referenceDesign.design as { edges: { from: string; to: string }[] };
      design.edges[0].to = "nowhere";
    });
    expect(problems).toEqual([{ path: "referenceDesign.design.edges[0].to", message: expect.stringContaining("nowhere") }]);
  });

  it("requires the reference design to be built for the facts' requirements", () => {
    const problems = problemsFor((p) => {
      (p.referenceDesign.requirements as Record<string, unknown>).dailyActiveUsers = 2000000;
    });
    expect(problems.map((x) => x.path)).toEqual(["referenceDesign.requirements.dailyActiveUsers"]);
  });

  it("checks phase bands are [min, max] with min <= max", () => {
    const problems = problemsFor((p) => {
      p.phases = [
        [3, 10],
        [15, 10],
        [10, 25],
        [3, 5],
      ];
    });
    expect(problems.map((x) => x.path)).toEqual(["phases[1]"]);
  });
});
