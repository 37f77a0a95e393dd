import { describe, expect, it } from "vitest";
import { ClientEventSchema, NoteSetPayloadSchema } from "@/lib/interview/events";

describe("what a client may send", () => {
  it("cannot take an id in the server's namespace or one too long to derive from", () => {
    const question = (id: string) => ClientEventSchema.safeParse({ id, type: "question_asked", payload: { text: "How many users?" } }).success;
    expect(question("srv-timeout-phase-2")).toBe(false);
    expect(question("a".repeat(41))).toBe(false);
    expect(question("a".repeat(40))).toBe(true);
  });

  it("moves one phase at a time, forwards only", () => {
    const advance = (from: number, to: number) =>
      ClientEventSchema.safeParse({ id: "advance-0001", type: "phase_advanced", payload: { from, to, reason: "manual" } }).success;
    expect(advance(1, 2)).toBe(true);
    expect(advance(1, 4)).toBe(false);
    expect(advance(3, 2)).toBe(false);
  });

  it("refuses a pathologically deep note document instead of throwing", () => {
    let doc: Record<string, unknown> = { type: "text", text: "x" };
    for (let i = 0; i < 20_000; i++) doc = { type: "paragraph", content: [doc] };
    const result = NoteSetPayloadSchema.safeParse({ phase: 1, doc, text: "x" });
    expect(result.success).toBe(false);
  });
});
