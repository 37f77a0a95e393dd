import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadExpertDesigns } from "@/lib/content/expert-designs";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { DesignDocumentSchema } from "@/lib/simulator/schema.ts";
import { simulate } from "@/lib/simulator/index.ts";
import type { Report } from "@/lib/simulator/schema.ts";

const root = path.join(import.meta.dirname, "../../../..");

/**
 * Every report the content can produce: the expert corpus, each prompt's reference design (with
 * its rubric) and the example designs — the sentences the simulator says to real candidates.
 */
export async function corpusReports(): Promise<{ name: string; report: Report }[]> {
  const out: { name: string; report: Report }[] = [];
  const expert = await loadExpertDesigns();
  for (const d of expert.designs) out.push({ name: `expert/${d.file}`, report: simulate(d.document) });
  const { prompts } = await loadPromptFiles(path.join(root, "content/prompts"));
  for (const p of prompts) out.push({ name: `reference/${p.slug}`, report: simulate(p.referenceDesign, { rubric: p.rubric }) });
  const dir = path.join(root, "content/designs");
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
    const doc = DesignDocumentSchema.parse(JSON.parse(await readFile(path.join(dir, file), "utf8")));
    out.push({ name: `examples/${file}`, report: simulate(doc) });
  }
  return out;
}

/** The English words of a report, in order, as consumers read them (the fields DESIGN.md names). */
export function englishText(report: Report) {
  return {
    findings: report.findings.map((f) => `${f.id}: ${f.message}`),
    scenarios: report.scenarios.map((s) => s.summary),
    criteria: report.score.criteria.map((c) => `${c.id}: ${c.label} | ${c.evidence}`),
    gates: (report.score.gates ?? []).map((g) => `${g.id}: ${g.message}`),
    flaws: (report.score.flaws ?? []).map((g) => `${g.id}: ${g.message}`),
    unmet: report.unmetRequirements.map(({ requirement, target, actual }) => JSON.stringify({ requirement, target, actual })),
  };
}
