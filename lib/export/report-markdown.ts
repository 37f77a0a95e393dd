import { groupCriteria } from "@/lib/report/criteria-groups";
import { formatAvailability, formatNumber, formatRequirement, formatUsd, scenarioTitle } from "@/lib/report/format";
import { phaseSentence, phaseTimes } from "@/lib/report/phase-time";
import { gapSentence, requirementGaps, requirementLabel } from "@/lib/report/requirement-gap";
import type { SessionReport } from "@/lib/report/session-report";

// The stored report as a Markdown file to keep or share: the same sections as the page, in
// the same words, with the report's own formatters (no second copy of a number format).

/** Text that lands inside a table cell: no pipe or newline may break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

export function reportMarkdown(report: SessionReport): string {
  const { clarified, full } = report;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# ${report.prompt.title}`, "");
  push(`Submitted ${report.submittedAt.slice(0, 16).replace("T", " ")} UTC${report.reason === "timeout" ? " when time ran out" : ""} · prompt version ${report.prompt.version}`, "");

  push("## Score", "");
  push(`**${formatNumber(clarified.score.total)} / ${clarified.score.max}** (${clarified.score.band}) against the requirements you clarified;`);
  push(`${formatNumber(full.score.total)} / ${full.score.max} (${full.score.band}) against the prompt's full requirements.`, "");
  push(gapSentence(requirementGaps(report.requirements.clarified, report.requirements.full), clarified.score.total, full.score.total), "");

  push("## How the score was made", "");
  for (const group of groupCriteria(clarified.score.criteria)) {
    push(`### ${group.title}: ${formatNumber(group.points)} / ${formatNumber(group.max)}`, "");
    push(...table(["Criterion", "Points", "Evidence"], group.criteria.map((c) => [c.label, `${formatNumber(c.points)} / ${formatNumber(c.max)}`, c.evidence])), "");
  }

  push("## Time per phase", "");
  for (const t of phaseTimes(report.phaseSeconds, report.bands)) push(`- ${phaseSentence(t)}`);
  push("");

  push("## Do's and don'ts", "");
  for (const item of report.checklist) {
    const mark = item.status === "met" || item.status === "ticked" ? "x" : " ";
    push(`- [${mark}] Phase ${item.phase} · ${item.kind === "do" ? "Do" : "Don't"}: ${item.text}${item.explanation ? ` — ${item.explanation}` : ""}`);
  }
  push("");

  push("## Findings", "");
  if (clarified.findings.length === 0) push("No findings.");
  for (const f of clarified.findings) push(`- **${f.severity}** (${f.concept}): ${f.message}`);
  push("");

  push("## Unmet requirements", "");
  if (clarified.unmetRequirements.length === 0) push("The design meets every requirement.");
  else push(...table(["Requirement", "Target", "Actual"], clarified.unmetRequirements.map((u) => [requirementLabel(u.requirement), formatRequirement(u.requirement, u.target), formatRequirement(u.requirement, u.actual)])));
  push("");

  push("## Latency, availability and cost", "");
  const l = clarified.latency;
  // A null percentile is among requests that never complete (a saturated station).
  const ms = (v: number | null) => (v === null ? "saturated" : formatNumber(v));
  push(...table(["Requests", "p50 (ms)", "p95 (ms)", "p99 (ms)"], [
    ["Dynamic reads", ms(l.dynamicRead.p50Ms), ms(l.dynamicRead.p95Ms), ms(l.dynamicRead.p99Ms)],
    ["Writes", ms(l.write.p50Ms), ms(l.write.p95Ms), ms(l.write.p99Ms)],
    ["Static reads", ms(l.staticRead.p50Ms), ms(l.staticRead.p95Ms), ms(l.staticRead.p99Ms)],
  ]), "");
  push(`Availability ${formatAvailability(clarified.availability.estimate)} (${formatNumber(clarified.availability.downtimeMinutesPerYear)} min of downtime a year). Cost ${formatUsd(clarified.cost.monthlyUsd)} a month.`, "");

  push("## Failure scenarios", "");
  push(...table(["Scenario", "Served", "p99 (ms)", "What happened"], clarified.scenarios.map((s) => [scenarioTitle(s.scenario), `${formatNumber(Math.round(s.servedShare * 10000) / 100)} %`, ms(s.p99Ms), s.summary])), "");

  push("## Your design", "");
  push(...table(["Component", "Kind", "Instances"], report.design.design.nodes.map((n) => [n.label ? `${n.label} (${n.id})` : n.id, n.kind.replace(/_/g, " "), String(n.instances ?? 1)])), "");
  push(`Connections: ${report.design.design.edges.map((e) => `${e.from} → ${e.to}`).join(", ") || "none"}.`, "");
  return lines.join("\n");
}
