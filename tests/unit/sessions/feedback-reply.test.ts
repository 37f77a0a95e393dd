import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { feedbackReply } from "@/lib/sessions/interviewer";
import { simulate } from "@/lib/simulator/index";
import type { Report } from "@/lib/simulator/schema";
import { formatText } from "@/lib/simulator/text";
import { loadExample } from "../report/fixture";

// The interviewer's nudge after "Ask for feedback" in the language the candidate speaks. Its
// English moved into content/messages; `before` is the function as it was, the oracle that the
// English stays byte-identical.
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
function before(report: Report): string {
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const top = findings[0];
  const score = `That's roughly a ${report.score.band} design so far (${Math.round(report.score.total)}/100).`;
  if (!top) return `${score} I don't see an obvious weakness at this load — walk me through how it handles a failure.`;
  const second = findings[1];
  const nudge = top.severity === "critical" ? "What worries me most:" : "One thing I'd look at:";
  const lead = `${nudge} ${top.message}`;
  const lower = (t: string) => (t.length > 0 ? t[0].toLowerCase() + t.slice(1) : t);
  return second && second.severity !== "info" ? `${lead} Also, ${lower(second.message)} ${score}` : `${lead} ${score}`;
}

const reports: Report[] = fs
  .readdirSync(path.join(process.cwd(), "content/designs"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => simulate(loadExample(f)));

function variants(r: Report): Report[] {
  const critical = r.findings.find((f) => f.severity === "critical");
  const warning = r.findings.find((f) => f.severity === "warning");
  const info = r.findings.find((f) => f.severity === "info");
  const out: Report[] = [r, { ...r, findings: [] }];
  if (warning) out.push({ ...r, findings: [warning] });
  if (critical && info) out.push({ ...r, findings: [info, critical] });
  return out;
}

describe("feedbackReply", () => {
  const all = reports.flatMap(variants);

  it("says in English exactly what it said before its words were message keys", () => {
    expect(all.length).toBeGreaterThan(10);
    for (const r of all) expect(feedbackReply(r)).toBe(before(r));
    expect(all.some((r) => before(r).includes(" Also, "))).toBe(true);
    expect(all.some((r) => before(r).startsWith("What worries me most:"))).toBe(true);
    expect(all.some((r) => before(r).startsWith("One thing I'd look at:"))).toBe(true);
  });

  it("speaks Korean to a candidate who writes Korean, with the findings' Korean text", () => {
    for (const r of all) {
      const korean = feedbackReply(r, "ko");
      expect(korean).not.toContain("{");
      expect(korean).toMatch(/\(\d+\/100\)\./);
      expect(korean).not.toMatch(/That's|worries|look at|Also,/);
      const top = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
      if (top) expect(korean).toContain(formatText(top.text!, "ko"));
    }
    const empty = { ...reports[0], findings: [], score: { ...reports[0].score, band: "lean hire" as const, total: 61.6 } };
    expect(feedbackReply(empty, "ko")).toBe("지금까지는 대략 채용 쪽 수준의 설계입니다(62/100). 이 부하에서는 뚜렷한 약점이 보이지 않네요. 장애가 나면 어떻게 처리되는지 설명해 주세요.");
  });
});
