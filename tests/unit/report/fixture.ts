import fs from "node:fs";
import path from "node:path";
import { simulate } from "@/lib/simulator/index";
import { DesignDocumentSchema, type DesignDocument, type ProcessBlock, type Requirements } from "@/lib/simulator/schema";
import type { SessionReport } from "@/lib/report/session-report";

export function loadExample(file: string): DesignDocument {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/designs", file), "utf8"));
  return DesignDocumentSchema.parse(raw);
}

export const PHASE_SECONDS: [number, number, number, number] = [4.5 * 60, 17 * 60, 12 * 60, 0];
export const BANDS: SessionReport["bands"] = [[3, 10], [10, 15], [10, 25], [3, 5]];

/** The requirements a candidate who never asked about users or availability would have clarified. */
export function clarifiedFrom(full: Requirements): Requirements {
  const { dailyActiveUsers: _dau, availabilityTarget: _a, ...rest } = full;
  return { ...rest, latencyP99Ms: (full.latencyP99Ms ?? 200) * 2 };
}

const processBlock: ProcessBlock = {
  phaseSeconds: PHASE_SECONDS,
  phaseBandsMinutes: BANDS,
  questionsAsked: 6,
  questionsBeforeFirstComponent: 4,
  keyFactsRevealed: 2,
  keyFactsTotal: 4,
  requirementFieldsFilled: 12,
  assumptionsStated: 2,
  candidateEstimates: { readQps: 300, writeQps: 40 },
  feedbackRequestedInPhase2: true,
  wrapUpWords: 0,
  tradeoffsNoted: true,
  unitsWritten: true,
};

/** A stored report built the way the lead builds it: one design simulated against two sets of requirements. */
export function makeSessionReport(designFile = "04-replica-cache-cdn.json", referenceFile = "05-stateless-two-regions.json"): SessionReport {
  const doc = loadExample(designFile);
  const full = doc.requirements;
  const clarified = clarifiedFrom(full);
  const reference = loadExample(referenceFile);
  return {
    version: 1,
    submittedAt: "2025-05-01T10:45:00.000Z",
    reason: "manual",
    prompt: { slug: "scale-to-millions", title: "Scale from zero to millions of users", version: 1 },
    clarified: simulate({ ...doc, requirements: clarified, process: processBlock }),
    full: simulate({ ...doc, requirements: full, process: processBlock }),
    requirements: { clarified, full },
    phaseSeconds: PHASE_SECONDS,
    bands: BANDS,
    checklist: [
      { phase: 1, id: "ask-first", kind: "do", text: "Ask before you draw.", status: "met", explanation: "4 questions before the first component." },
      { phase: 2, id: "no-deep-dive", kind: "dont", text: "Do not dive into one component.", status: "unticked", explanation: null },
      { phase: 4, id: "wrap", kind: "do", text: "Summarise the bottlenecks.", status: "unmet", explanation: "No wrap-up written." },
    ],
    design: { design: doc.design, layout: Object.fromEntries(doc.design.nodes.map((n, i) => [n.id, { x: i * 200, y: 0 }])) },
    reference: { design: reference.design, layout: {} },
  };
}
