import type { Report } from "./schema.ts";

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

const pct = (x: number) => `${(x * 100).toFixed(3)} %`;
const ms = (x: number | null, digits = 1) => (x === null ? "saturated" : x.toFixed(digits));

/** A human-readable report for the terminal (`--summary`). */
export function formatSummary(r: Report): string {
  const out: string[] = [];
  out.push(`Score ${r.score.total} / ${r.score.max} (${r.score.band}); meets requirements: ${r.meetsRequirements ? "yes" : "no"}`);
  for (const u of r.unmetRequirements) out.push(`  unmet ${u.requirement}: target ${JSON.stringify(u.target)}, actual ${JSON.stringify(u.actual)}`);
  const e = r.estimates;
  out.push("", `Load at peak: ${e.readQps.peak.toFixed(1)} dynamic reads/s, ${e.staticQps.peak.toFixed(1)} static reads/s, ${e.writeQps.peak.toFixed(1)} writes/s`);
  out.push("", table(["component", "kind", "offered rps", "capacity rps", "util", "p99 ms"], r.components.filter((c) => c.offeredRps > 0).map((c) => [c.id, c.kind, c.offeredRps.toFixed(1), c.capacityRps >= 1e8 ? "unlimited" : c.capacityRps.toFixed(0), c.utilization.toFixed(2) + (c.saturated ? " !" : ""), ms(c.p99Ms)])));
  out.push("", table(["latency", "p50 ms", "p95 ms", "p99 ms"], (["dynamicRead", "write", "staticRead"] as const).map((k) => [k, ms(r.latency[k].p50Ms), ms(r.latency[k].p95Ms), ms(r.latency[k].p99Ms)])));
  out.push("", `Availability ${pct(r.availability.estimate)} (${r.availability.downtimeMinutesPerYear.toFixed(1)} min/yr), limited by ${r.availability.limitedBy.join(", ") || "nothing"}; SPOFs: ${r.spofs.join(", ") || "none"}`);
  out.push("", table(["scenario", "served", "p99 ms", "writes at risk", "budget"], r.scenarios.map((s) => [Object.values(s.scenario).join(" "), pct(s.servedShare), ms(s.p99Ms, 0), s.dataAtRiskWrites, pct(s.errorBudgetShare)])));
  for (const s of r.scenarios) out.push(`  ${s.scenario.kind}: ${s.summary}`);
  out.push("", "Findings:");
  for (const f of r.findings) out.push(`  [${f.severity}] ${f.id} (${f.concept}): ${f.message}`);
  out.push("", table(["criterion", "points", "max", "result"], r.score.criteria.map((c) => [c.id, c.points, c.max, c.result])));
  if (r.score.gates && r.score.gates.length > 0) out.push("", `Gates: ${r.score.gates.map((g) => g.message).join("; ")}`);
  out.push("", `Cost $${r.cost.monthlyUsd.toFixed(2)} per month${r.cost.rightSizedMonthlyUsd !== undefined ? ` (right-sized $${r.cost.rightSizedMonthlyUsd.toFixed(2)}, ${r.cost.ratioToRightSized?.toFixed(2)}×)` : ""}`);
  for (const l of r.cost.lines) out.push(`  ${l.node}: $${l.usd.toFixed(2)} (${l.basis})`);
  return out.join("\n") + "\n";
}
