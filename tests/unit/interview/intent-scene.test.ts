import { describe, expect, it } from "vitest";
import { onlySetsTheScene } from "@/lib/interview/intent/understand";

describe("onlySetsTheScene", () => {
  it("finds a clause that names where the question is asked and asks nothing", () => {
    expect(onlySetsTheScene("On the reservation app")).toBe(true);
    expect(onlySetsTheScene("In the ticketing service")).toBe(true);
    // It goes on to ask, or it is no scene.
    expect(onlySetsTheScene("for the leaderboard service - is it ok if rankings lag a few secs behind")).toBe(false);
    expect(onlySetsTheScene("On a typical day")).toBe(false);
  });
});
