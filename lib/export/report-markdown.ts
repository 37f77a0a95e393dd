import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translators";
import type { ChecklistWords } from "@/lib/report/checklist-words";
import { groupCriteria } from "@/lib/report/criteria-groups";
import { formatAvailability, formatNumber, formatRequirement, formatUsd, scenarioTitle } from "@/lib/report/format";
import { phaseSentence } from "@/lib/report/phase-sentence";
import { phaseTimes } from "@/lib/report/phase-time";
import { gapSentence, requirementGaps, requirementLabel } from "@/lib/report/requirement-gap";
import type { SessionReport } from "@/lib/report/session-report";
import { formatText, type Text } from "@/lib/simulator/text";

// The stored report as a Markdown file to keep or share: the same sections as the page, in
// the same words (the `report` messages, in the reader's language), with the report's own
// formatters (no second copy of a number format). English reads as it always has:
// tests/unit/export/markdown-english.test.ts pins it byte for byte.

/** Text that lands inside a table cell: no pipe or newline may break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

// Message keys cannot hold spaces; the stored band can.
const BAND_KEY: Record<string, string> = { "no hire": "noHire", "lean no hire": "leanNoHire", "lean hire": "leanHire", hire: "hire", "strong hire": "strongHire" };

export type MarkdownOptions = {
  /** The reader's language; English by default. */
  locale?: Locale;
  /** The checklist items' words in that language (lib/report/checklist-words.ts). */
  checklistWords?: ChecklistWords;
};

export function reportMarkdown(report: SessionReport, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? "en";
  const english = locale === "en";
  const t = translatorFor(locale, "report");
  const md = (key: string, values?: Record<string, string | number>) => t(`markdown.${key}`, values);
  // A stored text in the reader's language; the stored English where there is none (or for English).
  const said = (words: string, text: Text | undefined) => (english || !text ? words : formatText(text, locale));
  const band = (b: string) => (english || !BAND_KEY[b] ? b : t(`score.bands.${BAND_KEY[b]}`));
  const num = (v: number) => formatNumber(v, locale);
  const { clarified, full } = report;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# ${report.prompt.title}`, "");
  push(md("submitted", { date: report.submittedAt.slice(0, 16).replace("T", " "), reason: report.reason, version: report.prompt.version }), "");

  push(`## ${t("view.sections.score")}`, "");
  push(md("scoreClarified", { total: num(clarified.score.total), max: clarified.score.max, band: band(clarified.score.band) }));
  push(md("scoreFull", { total: num(full.score.total), max: full.score.max, band: band(full.score.band) }), "");
  push(gapSentence(requirementGaps(report.requirements.clarified, report.requirements.full), clarified.score.total, full.score.total, locale), "");

  push(`## ${t("view.sections.criteria")}`, "");
  for (const group of groupCriteria(clarified.score.criteria)) {
    push(`### ${english ? group.title : t(`criteria.groups.${group.id}`)}: ${num(group.points)} / ${num(group.max)}`, "");
    const rows = group.criteria.map((c) => [said(c.label, c.labelText), `${num(c.points)} / ${num(c.max)}`, said(c.evidence, c.evidenceText)]);
    push(...table([md("criterion"), md("points"), md("evidence")], rows), "");
  }

  push(`## ${t("view.sections.phases")}`, "");
  for (const p of phaseTimes(report.phaseSeconds, report.bands)) push(`- ${phaseSentence(p, locale)}`);
  push("");

  push(`## ${t("view.sections.checklist")}`, "");
  for (const item of report.checklist) {
    const mark = item.status === "met" || item.status === "ticked" ? "x" : " ";
    const words = options.checklistWords?.[item.id];
    const explanation = item.explanation ? ` — ${said(item.explanation, item.explanationText)}` : "";
    push(`- [${mark}] ${md("checklistItem", { phase: item.phase, kind: t(item.kind === "do" ? "checklist.do" : "checklist.dont"), text: words?.text ?? item.text })}${explanation}`);
  }
  push("");

  push(`## ${t("view.sections.findings")}`, "");
  if (clarified.findings.length === 0) push(md("noFindings"));
  for (const f of clarified.findings) push(`- **${english ? f.severity : md("severity", { severity: f.severity })}** (${f.concept}): ${said(f.message, f.text)}`);
  push("");

  push(`## ${t("view.sections.unmet")}`, "");
  if (clarified.unmetRequirements.length === 0) push(t("unmet.none"));
  else {
    const rows = clarified.unmetRequirements.map((u) => [
      requirementLabel(u.requirement, locale),
      formatRequirement(u.requirement, u.target, locale),
      english || !u.actualText ? formatRequirement(u.requirement, u.actual, locale) : formatText(u.actualText, locale),
    ]);
    push(...table([t("unmet.requirement"), t("unmet.target"), t("unmet.actual")], rows));
  }
  push("");

  push(`## ${t("view.sections.service")}`, "");
  const l = clarified.latency;
  // A null percentile is among requests that never complete (a saturated station).
  const ms = (v: number | null) => (v === null ? t("format.saturated") : num(v));
  push(...table([md("requests"), md("percentileMs", { n: 50 }), md("percentileMs", { n: 95 }), md("percentileMs", { n: 99 })], [
    [t("service.classes.dynamicRead"), ms(l.dynamicRead.p50Ms), ms(l.dynamicRead.p95Ms), ms(l.dynamicRead.p99Ms)],
    [t("service.classes.write"), ms(l.write.p50Ms), ms(l.write.p95Ms), ms(l.write.p99Ms)],
    [t("service.classes.staticRead"), ms(l.staticRead.p50Ms), ms(l.staticRead.p95Ms), ms(l.staticRead.p99Ms)],
  ]), "");
  push(md("service", { availability: formatAvailability(clarified.availability.estimate, locale), downtime: num(clarified.availability.downtimeMinutesPerYear), cost: formatUsd(clarified.cost.monthlyUsd, locale) }), "");

  push(`## ${t("view.sections.scenarios")}`, "");
  const scenarioRows = clarified.scenarios.map((s) => [
    scenarioTitle(s.scenario, locale),
    t("format.percent", { value: num(Math.round(s.servedShare * 10000) / 100) }),
    ms(s.p99Ms),
    said(s.summary, s.summaryText),
  ]);
  push(...table([md("scenario"), md("served"), md("percentileMs", { n: 99 }), md("whatHappened")], scenarioRows), "");

  push(`## ${t("design.yours")}`, "");
  const kind = (k: string) => (english ? k.replace(/_/g, " ") : translatorFor(locale, "whiteboard.kinds")(`${k}.label`));
  push(...table([md("component"), md("kind"), md("instances")], report.design.design.nodes.map((n) => [n.label ? `${n.label} (${n.id})` : n.id, kind(n.kind), String(n.instances ?? 1)])), "");
  push(md("connections", { connections: report.design.design.edges.map((e) => `${e.from} → ${e.to}`).join(", ") || md("noConnections") }), "");
  return lines.join("\n");
}
