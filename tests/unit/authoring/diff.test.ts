import { describe, expect, it } from "vitest";
import { diffDocuments } from "@/lib/authoring/diff";
import { validPrompt } from "../prompts/fixture";

type Doc = ReturnType<typeof validPrompt> & { facts: Record<string, unknown>[]; probes: Record<string, unknown>[] };
const base = () => validPrompt() as Doc;

describe("diffDocuments", () => {
  it("finds no change between a document and its copy with keys in another order", () => {
    const a = base();
    const b = Object.fromEntries(Object.entries(base()).reverse());
    expect(diffDocuments(a, b)).toEqual([]);
  });

  it("names a changed leaf by its path", () => {
    const b = base();
    b.title = "Design a small service";
    expect(diffDocuments(base(), b)).toEqual([{ path: "title", kind: "changed", before: "Design a tiny service", after: "Design a small service" }]);
  });

  it("matches facts by id, so inserting one reports one added fact and not every later one", () => {
    const b = base();
    const added = { id: "latency", topic: "latency", ask: ["latency"], answer: "Fast." };
    b.facts = [b.facts[0], added, ...b.facts.slice(1)];
    expect(diffDocuments(base(), b)).toEqual([{ path: "facts[latency]", kind: "added", after: added }]);
  });

  it("reports a removed fact, and a changed answer inside a fact at the fact's id", () => {
    const b = base();
    b.facts = b.facts.filter((f) => f.id !== "features");
    b.facts[0] = { ...b.facts[0], answer: "2 million." };
    const changes = diffDocuments(base(), b);
    expect(changes).toContainEqual({ path: "facts[dau].answer", kind: "changed", before: "1 million.", after: "2 million." });
    expect(changes).toContainEqual(expect.objectContaining({ path: "facts[features]", kind: "removed" }));
    expect(changes).toHaveLength(2);
  });

  it("compares lists without ids by position and lists of values whole", () => {
    const b = base();
    b.probes = [{ ...b.probes[0], ask: "Where would you cache?" }];
    b.topics = ["cache", "database"];
    const changes = diffDocuments(base(), b);
    expect(changes).toEqual([
      { path: "topics", kind: "changed", before: ["cache"], after: ["cache", "database"] },
      { path: "probes[0].ask", kind: "changed", before: "Where is the cache?", after: "Where would you cache?" },
    ]);
  });

  it("reports an added optional field (a Korean title) as added", () => {
    const b = base();
    b.ko = { title: "작은 서비스 설계" };
    expect(diffDocuments(base(), b)).toEqual([{ path: "ko", kind: "added", after: { title: "작은 서비스 설계" } }]);
  });
});
