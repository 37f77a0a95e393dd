import { describe, expect, it } from "vitest";
import { CohortNameSchema } from "@/lib/cohorts/cohorts";

describe("CohortNameSchema", () => {
  it("takes a trimmed name and refuses an empty, overlong or unstorable one with its own code", () => {
    expect(CohortNameSchema.parse({ name: "  Spring 2027  " })).toEqual({ name: "Spring 2027" });
    const code = (name: string) => CohortNameSchema.safeParse({ name }).error?.issues[0]?.code;
    expect(code("   ")).toBe("too_small");
    expect(code("x".repeat(81))).toBe("too_big");
    // A form may carry NUL, which PostgreSQL cannot store; the action names it rather than failing.
    expect(code("Spring\u0000")).toBe("custom");
    expect(CohortNameSchema.safeParse({ name: "Spring\u0000" }).error?.issues[0]).toMatchObject({ params: { reason: "unstorable" } });
  });
});
