import { describe, expect, it } from "vitest";
import { ClientEventSchema, CLIENT_EVENT_TYPES, EVENT_TYPES, EventSchema, SERVER_EVENT_TYPES } from "@/lib/interview/events";

const at = "2026-03-01T10:00:00.000Z";

describe("EventSchema", () => {
  it("covers every type once, split between client and server", () => {
    expect(EVENT_TYPES).toHaveLength(13);
    expect(new Set([...CLIENT_EVENT_TYPES, ...SERVER_EVENT_TYPES]).size).toBe(13);
  });

  it("accepts a valid stored event and rejects bad ids, times and unknown fields", () => {
    const ok = { id: "q_12345678", type: "question_asked", payload: { text: "How many users?" }, at };
    expect(EventSchema.safeParse(ok).success).toBe(true);
    expect(EventSchema.safeParse({ ...ok, id: "short" }).success).toBe(false);
    expect(EventSchema.safeParse({ ...ok, id: "has space 123" }).success).toBe(false);
    expect(EventSchema.safeParse({ ...ok, at: "yesterday" }).success).toBe(false);
    expect(EventSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(EventSchema.safeParse({ ...ok, payload: { text: "x".repeat(501) } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...ok, payload: { text: "   " } }).success).toBe(false);
  });

  it("validates payloads against the simulator schema and the limits", () => {
    const base = { id: "evt-0000001", at };
    const design = { nodes: [{ id: "web", kind: "web_server", instances: 2 }], edges: [] };
    expect(EventSchema.safeParse({ ...base, type: "design_set", payload: { design, layout: { web: { x: 1, y: 2 } } } }).success).toBe(true);
    expect(EventSchema.safeParse({ ...base, type: "design_set", payload: { design: { nodes: [{ id: "x", kind: "mainframe" }], edges: [] }, layout: {} } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "requirement_set", payload: { field: "dailyActiveUsers", value: 5, source: "fact", factId: "dau" } }).success).toBe(true);
    expect(EventSchema.safeParse({ ...base, type: "requirement_set", payload: { field: "favouriteColour", value: 5, source: "fact" } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "functional_set", payload: { items: Array.from({ length: 31 }, (_, i) => `f${i}`) } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "estimate_set", payload: { field: "readQps", value: -1 } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "note_set", payload: { phase: 5, doc: {}, text: "" } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "note_set", payload: { phase: 1, doc: {}, text: "x".repeat(20001) } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, type: "scenario_run", payload: { scenario: { kind: "node_down", node: "db" }, servedShare: 0.5, p99Ms: 10 } }).success).toBe(true);
    expect(EventSchema.safeParse({ ...base, type: "phase_advanced", payload: { from: 3, to: 2, reason: "manual" } }).success).toBe(false);
  });
});

describe("ClientEventSchema", () => {
  const id = "c-00000001";
  it("accepts candidate-made events without a time", () => {
    expect(ClientEventSchema.safeParse({ id, type: "question_asked", payload: { text: "DAU?" } }).success).toBe(true);
    expect(ClientEventSchema.safeParse({ id, type: "phase_advanced", payload: { from: 1, to: 2, reason: "manual" } }).success).toBe(true);
    expect(ClientEventSchema.safeParse({ id, type: "submitted", payload: { reason: "manual" } }).success).toBe(true);
  });

  it("rejects server-made types, timeouts and a client clock", () => {
    for (const type of SERVER_EVENT_TYPES) {
      expect(ClientEventSchema.safeParse({ id, type, payload: {} }).success).toBe(false);
    }
    expect(ClientEventSchema.safeParse({ id, type: "interviewer_replied", payload: { questionId: "q", factIds: ["dau"], text: "x" } }).success).toBe(false);
    expect(ClientEventSchema.safeParse({ id, type: "phase_advanced", payload: { from: 1, to: 2, reason: "timeout" } }).success).toBe(false);
    expect(ClientEventSchema.safeParse({ id, type: "submitted", payload: { reason: "timeout" } }).success).toBe(false);
    expect(ClientEventSchema.safeParse({ id, type: "question_asked", payload: { text: "DAU?" }, at }).success).toBe(false);
  });
});
