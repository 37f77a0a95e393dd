/**
 * Report corpus: `npx tsx tests/bench/report-corpus.ts OUT.json [BEFORE.json]`. Simulates every
 * design the project has — the expert corpus, the prompts' reference designs (with their
 * rubrics), content/designs, tests/fixtures/designs, the benchmark designs and ladders (with
 * their scenarios and with the default ones), and 300 generated designs (fixed seed) — and
 * writes every report as JSON. Given a second file, it lists the designs whose report differs.
 * A speed-up of lib/simulator must leave this dump byte-identical (or explain its differences).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { loadExpertDesigns } from "../../lib/content/expert-designs.ts";
import { loadPromptFiles } from "../../lib/prompts/load-content.ts";
import { simulate } from "../../lib/simulator/index.ts";
import type { DesignDocument } from "../../lib/simulator/schema.ts";
import { validateDesignDocument } from "../../lib/simulator/validate.ts";
import { ladderDesign } from "../fixtures/ladder.ts";
import { designArb } from "../unit/simulator/design-arbitrary.ts";
import { generateDesign } from "./simulator.ts";

const root = path.join(import.meta.dirname, "../..");

function jsonDesigns(dir: string): [string, unknown][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f): [string, unknown] => {
      const text = readFileSync(path.join(dir, f), "utf8");
      try {
        return [`${path.basename(dir)}/${f}`, JSON.parse(text)];
      } catch {
        return [`${path.basename(dir)}/${f}`, text]; // a fixture of broken JSON: reported as invalid
      }
    });
}

async function main(): Promise<void> {
  const [out, before] = process.argv.slice(2);
  if (!out) throw new Error("usage: report-corpus.ts OUT.json [BEFORE.json]");
  const reports: Record<string, unknown> = {};
  const run = (name: string, raw: unknown, options?: Parameters<typeof simulate>[1]) => {
    const checked = validateDesignDocument(raw);
    reports[name] = checked.ok ? simulate(checked.document, options) : { invalid: checked.problems };
  };

  const expert = await loadExpertDesigns(path.join(root, "content/designs/expert"));
  // As the expert-corpus test does: schema-checked by the loader, simulated as written.
  for (const d of expert.designs) reports[`expert/${d.file}`] = simulate(d.document);
  const { prompts } = await loadPromptFiles(path.join(root, "content/prompts"));
  for (const p of prompts) run(`prompt/${p.slug}`, p.referenceDesign, { rubric: p.rubric });
  for (const [name, doc] of [...jsonDesigns(path.join(root, "content/designs")), ...jsonDesigns(path.join(root, "tests/fixtures/designs"))]) run(name, doc);
  const bench: [string, DesignDocument][] = [
    ...[10, 50, 300].map((n): [string, DesignDocument] => [`bench/${n} nodes`, generateDesign(n)]),
    ...[10, 20, 40].map((n): [string, DesignDocument] => [`bench/ladder ${n}`, ladderDesign(n)]),
  ];
  for (const [name, doc] of bench) {
    run(name, doc);
    run(`${name} (default scenarios)`, { ...doc, scenarios: undefined });
  }
  fc.sample(designArb, { numRuns: 300, seed: 20261201 }).forEach((doc, i) => run(`generated/${i}`, doc));

  writeFileSync(out, JSON.stringify(reports, null, 1));
  console.log(`${Object.keys(reports).length} reports written to ${out}`);
  if (!before) return;
  const old = JSON.parse(readFileSync(before, "utf8")) as Record<string, unknown>;
  const fresh = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(old), ...Object.keys(fresh)])];
  const differ = names.filter((n) => JSON.stringify(old[n]) !== JSON.stringify(fresh[n]));
  console.log(differ.length === 0 ? `identical to ${before} (${names.length} reports)` : `${differ.length} of ${names.length} reports differ from ${before}:\n  ${differ.join("\n  ")}`);
  if (differ.length > 0) process.exitCode = 1;
}

void main();
