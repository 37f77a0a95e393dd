import { describe, expect, it } from "vitest";
import { PromptDocumentSchema } from "@/lib/prompts/schema";
import { clarifiedRequirements, fullRequirements, requirementSources } from "@/lib/prompts/requirements";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import { validPrompt } from "./fixture.ts";

const prompt = PromptDocumentSchema.parse(validPrompt());

describe("fullRequirements", () => {
  it("overlays every fact's sets on the simulator's defaults", () => {
    const full = fullRequirements(prompt);
    expect(full.dailyActiveUsers).toBe(1_000_000);
    expect(full.readsPerUserPerDay).toBe(10);
    expect(full.writesPerUserPerDay).toBe(1);
    expect(full.userRegions).toEqual(["us-east", "eu-west"]);
    // Untouched fields keep the defaults.
    expect(full.latencyP99Ms).toBe(REQUIREMENT_DEFAULTS.latencyP99Ms);
    expect(full.bytesPerMedia).toBe(REQUIREMENT_DEFAULTS.bytesPerMedia);
    expect(Object.keys(full).sort()).toEqual(Object.keys(REQUIREMENT_DEFAULTS).sort());
  });

  it("accepts other defaults and does not share arrays with the prompt", () => {
    const full = fullRequirements(prompt, { latencyP99Ms: 50 });
    expect(full).toEqual({ latencyP99Ms: 50, dailyActiveUsers: 1_000_000, readsPerUserPerDay: 10, writesPerUserPerDay: 1, userRegions: ["us-east", "eu-west"] });
    full.userRegions?.push("ap-south");
    expect(prompt.facts[2].sets?.userRegions).toEqual(["us-east", "eu-west"]);
  });
});

describe("clarifiedRequirements", () => {
  it("holds only what the revealed facts set, without defaults", () => {
    expect(clarifiedRequirements(prompt, ["dau"])).toEqual({ dailyActiveUsers: 1_000_000 });
    expect(clarifiedRequirements(prompt, [])).toEqual({});
  });

  it("ignores unknown fact ids and facts that set nothing", () => {
    expect(clarifiedRequirements(prompt, new Set(["features", "no-such-fact", "mix"]))).toEqual({ readsPerUserPerDay: 10, writesPerUserPerDay: 1 });
  });

  it("lets stated assumptions fill gaps and override facts", () => {
    const clarified = clarifiedRequirements(prompt, ["dau", "mix"], { writesPerUserPerDay: 3, latencyP99Ms: 150, bytesPerRead: undefined });
    expect(clarified).toEqual({ dailyActiveUsers: 1_000_000, readsPerUserPerDay: 10, writesPerUserPerDay: 3, latencyP99Ms: 150 });
  });

  it("equals the full requirements minus defaults once every fact is revealed", () => {
    const all = clarifiedRequirements(prompt, prompt.facts.map((f) => f.id));
    expect(all).toEqual(fullRequirements(prompt, {}));
  });
});

describe("requirementSources", () => {
  it("maps each fixed field to its fact", () => {
    const sources = requirementSources(prompt);
    expect(Object.fromEntries(sources)).toEqual({
      dailyActiveUsers: "dau",
      readsPerUserPerDay: "mix",
      writesPerUserPerDay: "mix",
      userRegions: "regions",
    });
  });
});
