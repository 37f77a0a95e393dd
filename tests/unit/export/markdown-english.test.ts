import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportMarkdown } from "@/lib/export/report-markdown";
import { checklistWords } from "@/lib/report/checklist-words";
import type { SessionReport } from "@/lib/report/session-report";
import { phaseChecklists } from "@/lib/sessions/content";
import { submittedSession } from "./session-fixture";

// markdown-english-before.json was written by the English-only reportMarkdown, before its
// words moved to the `report` messages: the English export must not change by a byte.
const BEFORE = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "markdown-english-before.json"), "utf8")) as Record<string, string>;

/** The fixture's report and variants that take every other branch (timeout, no findings, each gap sentence). */
function variants(report: SessionReport): Record<string, SessionReport> {
  const copy = () => structuredClone(report);
  const timeout = copy();
  timeout.reason = "timeout";
  timeout.clarified.findings = [];
  timeout.clarified.unmetRequirements = [];
  timeout.design.design.edges = [];
  timeout.clarified.latency.write.p99Ms = null;
  const gaps = copy();
  gaps.requirements.clarified = {} as never;
  gaps.full.score.total = gaps.clarified.score.total - 2.5;
  const same = copy();
  same.requirements.clarified = structuredClone(same.requirements.full);
  same.full.score.total = same.clarified.score.total;
  const more = copy();
  more.requirements.clarified = { dailyActiveUsers: 1 } as never;
  more.full.score.total = more.clarified.score.total + 1;
  const gapsSame = copy();
  gapsSame.requirements.clarified = { dailyActiveUsers: 1 } as never;
  gapsSame.full.score.total = gapsSame.clarified.score.total;
  const differ = copy();
  differ.requirements.clarified = structuredClone(differ.requirements.full);
  differ.full.score.total = differ.clarified.score.total - 1;
  return { report, timeout, gaps, same, more, gapsSame, differ };
}

describe("the Markdown report in the reader's language", () => {
  it("reads in English byte for byte as before its words moved to the messages", async () => {
    const { report } = await submittedSession();
    const all = variants(report);
    expect(Object.keys(all)).toEqual(Object.keys(BEFORE));
    for (const [name, r] of Object.entries(all)) expect(reportMarkdown(r), name).toBe(BEFORE[name]);
  });

  it("reads in Korean: headings, tables, sentences and the simulator's texts, with no English section left", async () => {
    const { report } = await submittedSession();
    const words = checklistWords(await phaseChecklists(), "ko");
    for (const [name, r] of Object.entries(variants(report))) {
      const md = reportMarkdown(r, { locale: "ko", checklistWords: words });
      const english = BEFORE[name].split("\n");
      const korean = md.split("\n");
      // Same shape: one line for one line, the title and the ids kept.
      expect(korean.length, name).toBe(english.length);
      expect(korean[0]).toBe(english[0]);
      for (const heading of korean.filter((l) => l.startsWith("## "))) expect(heading, name).toMatch(/[가-힣]/);
      for (const line of ["Submitted", "Not asking", "You did not pin down", "Phase 1,", "| Criterion", "| Requests", "| Scenario", "| Component", "Connections:", "No findings.", "Availability "]) {
        expect(md, `${name}: ${line}`).not.toContain(line);
      }
    }
    const md = reportMarkdown(report, { locale: "ko", checklistWords: words });
    expect(md).toContain("- 1단계 문제 이해: ");
    for (const f of report.clarified.findings.filter((x) => x.text)) expect(md).not.toContain(f.message.replace(/\r?\n/g, " "));
    for (const item of report.checklist.filter((i) => words[i.id])) expect(md).toContain(words[item.id].text);
    for (const n of report.design.design.nodes) expect(md).toContain(`| ${n.id} |`);
  });
});
