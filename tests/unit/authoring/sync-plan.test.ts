import { describe, expect, it } from "vitest";
import { planSync } from "@/lib/catalog/sync-plan";

describe("planSync (seeding one content file)", () => {
  it("adds nothing when any stored version has the file's content", () => {
    expect(planSync("a", ["x", "legacy-x"], true, [{ version: 1, checksum: "legacy-x", editedInApp: false }, { version: 2, checksum: "y", editedInApp: true }])).toEqual({ action: "unchanged" });
  });

  it("creates and publishes the first version of a new prompt", () => {
    expect(planSync("a", ["x"], true, [])).toEqual({ action: "create", version: 1, publish: true });
  });

  it("keeps a file's published: false", () => {
    expect(planSync("a", ["x"], false, [])).toEqual({ action: "create", version: 1, publish: false });
  });

  it("publishes a changed file as the next version when nobody edited the prompt in the app", () => {
    expect(planSync("a", ["z"], true, [{ version: 2, checksum: "y", editedInApp: false }, { version: 1, checksum: "x", editedInApp: false }])).toEqual({ action: "create", version: 3, publish: true });
  });

  it("stores a changed file as a draft, and says so, when the newest version was edited in the app", () => {
    const plan = planSync("news-feed", ["z"], true, [{ version: 1, checksum: "x", editedInApp: false }, { version: 2, checksum: "y", editedInApp: true }]);
    expect(plan).toMatchObject({ action: "create", version: 3, publish: false });
    expect(plan.action === "create" && plan.note).toMatch(/news-feed.*\(v2\) was edited in the app.*draft v3/);
  });
});
