import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "@/lib/authoring/diff";
import { storedDocument } from "@/lib/authoring/document";
import { fromDocument, newDraft, referenceForScoring, toDocument } from "@/lib/authoring/editor-model";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { PromptDocumentSchema } from "@/lib/prompts/schema";
import { simulate } from "@/lib/simulator";

const { prompts } = await loadPromptFiles(path.join(import.meta.dirname, "../../../content/prompts"));

describe("the editor's form model", () => {
  it.each(prompts.map((p) => [p.slug, p] as const))("gives back %s unchanged when nothing is edited", (_slug, prompt) => {
    const again = PromptDocumentSchema.parse(toDocument(fromDocument(prompt)));
    expect(diffDocuments(storedDocument(prompt), storedDocument(again))).toEqual([]);
  });

  it("keeps the reference design's requirements equal to what the facts set", () => {
    const draft = fromDocument(prompts[0]);
    const dau = draft.facts.findIndex((fact) => "dailyActiveUsers" in fact.sets);
    draft.facts[dau] = { ...draft.facts[dau], sets: { ...draft.facts[dau].sets, dailyActiveUsers: 123_456 } };
    const doc = toDocument(draft) as { referenceDesign: { requirements: Record<string, unknown> } };
    expect(doc.referenceDesign.requirements.dailyActiveUsers).toBe(123_456);
    expect(referenceForScoring(draft).requirements.dailyActiveUsers).toBe(123_456);
  });

  it("leaves out Korean texts that were not written", () => {
    const draft = { ...newDraft(), titleKo: " ", summaryKo: "요약" };
    expect(toDocument(draft).ko).toEqual({ summary: "요약" });
  });

  it("names the problems of an unfinished new prompt by field", () => {
    const result = PromptDocumentSchema.safeParse(toDocument(newDraft()));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["slug", "title", "facts.0.answer"]));
  });
});

describe("the editor's live score", () => {
  it.each(prompts.map((p) => [p.slug, p] as const))("scores the reference design of %s at requirements it meets", (_slug, prompt) => {
    const scoring = referenceForScoring(fromDocument(prompt));
    for (const [field, value] of Object.entries(prompt.referenceDesign.requirements)) expect(scoring.requirements[field as keyof typeof scoring.requirements]).toEqual(value);
    expect(simulate(scoring, { rubric: prompt.rubric }).meetsRequirements).toBe(true);
  });
});
