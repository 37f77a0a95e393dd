import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boardSvg } from "@/lib/export/board-svg";
import { exportDesignDocument } from "@/lib/export/design-document";
import { reportMarkdown } from "@/lib/export/report-markdown";
import { simulate, validateDesignDocument } from "@/lib/simulator";
import { submittedSession } from "./session-fixture";

describe("the design document export", () => {
  it("validates and simulates to the stored report's score", async () => {
    const session = await submittedSession();
    const doc = exportDesignDocument(session, session.report, 1);
    const checked = validateDesignDocument(JSON.parse(JSON.stringify(doc)));
    expect(checked.ok).toBe(true);
    expect(doc.process).toBeDefined();
    expect(simulate(doc).score.total).toBe(session.report.clarified.score.total);
  });

  it("keeps the stored score when the test clock ran faster than real time", async () => {
    const session = await submittedSession(10);
    expect(simulate(exportDesignDocument(session, session.report, 10)).score.total).toBe(session.report.clarified.score.total);
  });

  it("runs through the simulator's CLI (npm run simulate) to the same total", async () => {
    const session = await submittedSession();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dd-export-")), "design.json");
    fs.writeFileSync(file, JSON.stringify(exportDesignDocument(session, session.report, 1), null, 2));
    const out = execFileSync(process.execPath, ["--import", "tsx", "lib/simulator/cli.ts", file], { encoding: "utf8" });
    expect((JSON.parse(out) as { score: { total: number } }).score.total).toBe(session.report.clarified.score.total);
  }, 30_000);
});

describe("the Markdown report", () => {
  it("carries the score, every criterion, the phases, findings and the design", async () => {
    const { report } = await submittedSession();
    const md = reportMarkdown(report);
    expect(md).toMatch(new RegExp(`^# ${report.prompt.title}`));
    expect(md).toContain(`${report.clarified.score.band}`);
    for (const c of report.clarified.score.criteria) expect(md).toContain(c.label.replace(/\|/g, "\\|"));
    expect(md).toContain("Phase 1, Understand the problem: 5 min");
    for (const f of report.clarified.findings) expect(md).toContain(f.message.replace(/\r?\n/g, " "));
    for (const n of report.design.design.nodes) expect(md).toContain(`| ${n.id} |`);
  });

  it("keeps a table row whole when a cell holds a pipe or a newline", async () => {
    const { report } = await submittedSession();
    report.design.design.nodes[0] = { ...report.design.design.nodes[0], label: "a | b\nc" };
    const row = reportMarkdown(report).split("\n").find((l) => l.includes("a \\| b c"));
    expect(row).toBeDefined();
    expect(row!.split(/(?<!\\)\|/).length).toBe(5);
  });
});

describe("the board as SVG", () => {
  it("draws every node and edge inside a view box that fits them", async () => {
    const { report } = await submittedSession();
    const svg = boardSvg(report.design, "Your design");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<rect x=/g)).toHaveLength(report.design.design.nodes.length);
    expect(svg.match(/<line /g)).toHaveLength(report.design.design.edges.length);
    const [, , w, h] = svg.match(/viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
    for (const m of svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="(\d+)" height="(\d+)"/g)) {
      const [x, y, rw, rh] = m.slice(1).map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + rw).toBeLessThanOrEqual(w);
      expect(y + rh).toBeLessThanOrEqual(h);
    }
  });

  it("escapes labels and says when one is cut", async () => {
    const { report } = await submittedSession();
    report.design.design.nodes[0] = { ...report.design.design.nodes[0], label: `<script>${"x".repeat(40)}` };
    const svg = boardSvg(report.design, "Your design");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toMatch(/x…<\/text>/);
  });
});
