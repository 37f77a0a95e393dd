import { describe, expect, it } from "vitest";
import { checkSave, clashingFields } from "@/lib/authoring/conflict";
import { validPrompt } from "../prompts/fixture";

describe("checkSave", () => {
  it("accepts a save based on the newest version and numbers the next one", () => {
    expect(checkSave(3, 3)).toEqual({ ok: true, nextVersion: 4 });
    expect(checkSave(0, 0)).toEqual({ ok: true, nextVersion: 1 });
  });

  it("refuses a save based on an older version (someone saved since)", () => {
    expect(checkSave(4, 3)).toEqual({ ok: false, latestVersion: 4, baseVersion: 3 });
  });

  it("refuses a base newer than anything stored (a stale or forged editor)", () => {
    expect(checkSave(2, 5).ok).toBe(false);
  });
});

describe("clashingFields", () => {
  it("lists the fields both saves changed, not those only one side touched", () => {
    const base = validPrompt();
    const theirs = { ...validPrompt(), title: "Theirs", summary: "Their summary." };
    const mine = { ...validPrompt(), title: "Mine", statement: "My statement." };
    expect(clashingFields(base, theirs, mine)).toEqual(["title"]);
  });

  it("counts a change inside a fact as clashing with removing that fact", () => {
    const base = validPrompt() as { facts: { id: string; answer: string }[] };
    const theirs = { ...base, facts: base.facts.filter((f) => f.id !== "dau") };
    const mine = { ...base, facts: base.facts.map((f) => (f.id === "dau" ? { ...f, answer: "3 million." } : f)) };
    expect(clashingFields(base, theirs, mine)).toEqual(["facts[dau].answer"]);
  });

  it("finds no clash when the two saves are identical to the base elsewhere", () => {
    expect(clashingFields(validPrompt(), validPrompt(), { ...validPrompt(), title: "Only mine" })).toEqual([]);
  });
});
