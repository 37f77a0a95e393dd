import { describe, expect, it } from "vitest";
import { NODE_KINDS, NODE_ID_PATTERN } from "@/lib/simulator/schema";
import { ID_STEMS, freeId } from "@/components/whiteboard/ids";

describe("freeId", () => {
  it("uses the kind's stem while it is free", () => {
    expect(freeId("load_balancer", [])).toBe("lb");
    expect(freeId("load_balancer", ["web", "db"])).toBe("lb");
  });

  it("numbers from 2 and fills the first gap", () => {
    expect(freeId("load_balancer", ["lb"])).toBe("lb-2");
    expect(freeId("load_balancer", ["lb", "lb-2", "lb-4"])).toBe("lb-3");
  });

  it("never returns an id that is taken, however many exist", () => {
    const taken: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const id = freeId("web_server", taken);
      expect(taken).not.toContain(id);
      taken.push(id);
    }
    expect(new Set(taken).size).toBe(25);
    expect(taken[24]).toBe("web-25");
  });

  it("gives every kind a stem that the design document accepts as an id", () => {
    for (const kind of NODE_KINDS) expect(ID_STEMS[kind]).toMatch(NODE_ID_PATTERN);
    expect(new Set(Object.values(ID_STEMS)).size).toBe(NODE_KINDS.length);
  });
});
