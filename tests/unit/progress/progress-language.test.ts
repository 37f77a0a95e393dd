import { describe, expect, it } from "vitest";
import { aggregateProgress, practiseNext, type Attempt, type CataloguePrompt } from "@/lib/progress/aggregate";
import { describeGroups, describePhases, describePrompts, describeScores } from "@/lib/progress/describe";
import { formatText, text } from "@/lib/simulator/text";

// Progress in the reader's language: the same facts, the English as it was written before its
// words moved to the `progress` messages, and Korean from the same keys.

const BANDS = [[3, 10], [10, 15], [10, 25], [3, 5]] as const;
function attempt(id: string, day: number, slug: string, design: number, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    submittedAt: new Date(Date.UTC(2025, 0, day)),
    score: 50,
    promptSlug: slug,
    promptTitle: slug.toUpperCase(),
    criteria: [
      { group: "problemNavigation", points: 22.5, max: 25, concept: "back-of-the-envelope" },
      { group: "solutionDesign", points: 20 * design, max: 20, concept: "single-point-of-failure" },
      { group: "solutionDesign", points: 15 * design, max: 15, concept: "cache" },
    ],
    findings: [],
    unmet: [],
    phaseSeconds: [300, 720, 0, 240],
    bands: BANDS,
    ...extra,
  };
}
const CATALOGUE: CataloguePrompt[] = [
  { slug: "short", title: "URL shortener", topics: ["hashing", "cache"] },
  { slug: "scale", title: "Scale to millions", topics: ["single-point-of-failure", "cache"] },
];

describe("practise next, in either language", () => {
  it("keeps the English reason word for word, and says it in Korean from the same text", () => {
    const next = practiseNext([attempt("a", 1, "short", 0.2), attempt("b", 2, "short", 0.4)], CATALOGUE)!;
    expect(next.reason).toBe("Solution design is your weakest area over your last 2 attempts (30 %); Scale to millions exercises single-point-of-failure, cache, where you lost the most points.");
    expect(next.reason).toBe(formatText(next.reasonText, "en"));
    expect(formatText(next.reasonText, "ko")).toBe("최근 2회 시도에서 가장 약한 영역은 해법 설계입니다(30%). Scale to millions 문제는 점수를 가장 많이 잃은 single-point-of-failure, cache을(를) 다룹니다.");
  });

  it("the fallback names one attempt and the prompt where the group went worst", () => {
    const next = practiseNext([attempt("a", 1, "short", 0.5)], [{ slug: "short", title: "URL shortener", topics: ["hashing"] }])!;
    expect(next.reason).toBe("Solution design is your weakest area over your last attempt (50 %); it went worst on URL shortener.");
    expect(formatText(next.reasonText, "ko")).toMatch(/^최근 1회 시도에서 가장 약한 영역은 해법 설계입니다\(50%\)\. URL shortener 문제에서 가장 낮았습니다\.$/);
    expect(practiseNext([attempt("a", 1, "short", 0.5)], [])!.reason).toBe("Solution design is your weakest area over your last attempt (50 %).");
  });
});

describe("recurring findings and requirements carry their words as texts", () => {
  it("a finding keeps its text and a detail in either language; a requirement is named from the report's messages", () => {
    const finding = { id: "spof", severity: "critical" as const, concept: "single-point-of-failure", message: "The database is a single point of failure.", text: text("simulator.findings.spof", { node: "db" }) };
    const p = aggregateProgress([attempt("a", 1, "short", 0.5, { findings: [finding], unmet: [{ requirement: "latencyP99Ms" }, { requirement: "somethingNew" }] })], CATALOGUE);
    expect(p.findings[0]).toMatchObject({ label: finding.message, detail: "critical · single-point-of-failure", text: finding.text });
    expect(formatText(p.findings[0].detailText!, "en")).toBe(p.findings[0].detail);
    expect(formatText(p.findings[0].detailText!, "ko")).toBe("심각 · single-point-of-failure");
    const latency = p.unmet.find((u) => u.key === "latencyP99Ms")!;
    expect(formatText(latency.text!, "en")).toBe(latency.label);
    expect(formatText(latency.text!, "ko")).toMatch(/[가-힣]/);
    expect(p.unmet.find((u) => u.key === "somethingNew")).toMatchObject({ label: "somethingNew", text: undefined });
  });
});

describe("chart text alternatives in Korean", () => {
  const point = (n: number, score: number) => ({ n, id: `s${n}`, date: "2025-01-01T00:00:00.000Z", score, promptSlug: "x", promptTitle: "X" });

  it("say the same numbers in Korean, with no English words left", () => {
    const p = aggregateProgress([attempt("a", 1, "short", 0.2), attempt("b", 2, "short", 0.6)], CATALOGUE);
    const sentences = [
      describeScores([point(1, 40), point(2, 72.5)], "ko"),
      describePrompts(p.perPrompt, "ko"),
      describeGroups(p.groups, "ko"),
      ...describePhases(p.phases, "ko"),
      describeScores([], "ko"),
      ...describePhases([], "ko"),
    ];
    expect(sentences[0]).toBe("시도 2회의 점수: 처음 40, 마지막 72.5, 최고 72.5점(100점 만점). 전체적으로 올랐습니다.");
    expect(sentences[2]).toContain("해법 설계 20%에서 60%로");
    expect(sentences[3]).toBe("문제 이해: 시도 2회 중 2회 권장 범위 안. 마지막 시도 5분(범위 안).");
    expect(sentences[5]).toBe("상세 설계: 시도 2회 중 0회 권장 범위 안. 마지막 시도 0분(진행하지 않음).");
    for (const s of sentences) expect(s).not.toMatch(/\b(attempts?|within|band|first|last|best|not reached|yet)\b/);
  });

  it("English is unchanged for a phase not reached and a decimal score", () => {
    const p = aggregateProgress([attempt("a", 1, "short", 0.2)], CATALOGUE);
    expect(describePhases(p.phases)[2]).toBe("Deep dive: within its band in 0 of 1 attempts; last attempt 0 min (not reached).");
    expect(describeScores([point(1, 72.5)])).toBe("Score over 1 attempt: first 72.5, last 72.5, best 72.5 out of 100; level overall.");
  });
});
