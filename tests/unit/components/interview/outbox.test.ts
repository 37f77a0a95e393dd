import { describe, expect, it } from "vitest";
import { enqueue, newEventId, readOutbox, rejectedIndexes, retryDelayMs, writeOutbox, type QueuedEvent } from "@/components/interview/outbox";
import { ClientEventSchema } from "@/lib/interview/events";

const at = "2026-11-23T10:00:00.000Z";
const design = (n: number): QueuedEvent => ({
  at,
  event: { id: `design-${n}-000000`, type: "design_set", payload: { design: { nodes: [], edges: [] }, layout: {} } },
});
const question: QueuedEvent = { at, event: { id: "question-000001", type: "question_asked", payload: { text: "How many users?" } } };
const submitted: QueuedEvent = { at, event: { id: "submit-00000001", type: "submitted", payload: { reason: "manual" } } };

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe("the outbox", () => {
  it("keeps only the newest unsent board snapshot, but never replaces one already in flight", () => {
    const queue = enqueue(enqueue([question], design(1), new Set()), design(2), new Set());
    expect(queue.map((q) => q.event.id)).toEqual(["question-000001", "design-2-000000"]);
    const inFlight = enqueue([design(1)], design(2), new Set(["design-1-000000"]));
    expect(inFlight.map((q) => q.event.id)).toEqual(["design-1-000000", "design-2-000000"]);
  });

  it("accepts nothing after a queued submission", () => {
    expect(enqueue([design(1), submitted], design(2), new Set()).map((q) => q.event.id)).toEqual(["design-1-000000", "submit-00000001"]);
  });

  it("survives a reload through storage, and ignores garbage there", () => {
    const storage = memoryStorage();
    writeOutbox(storage, "s1", [question, design(1)]);
    expect(readOutbox(storage, "s1")).toEqual([question, design(1)]);
    storage.setItem("designdrill:outbox:s2", "{not json");
    expect(readOutbox(storage, "s2")).toEqual([]);
    writeOutbox(storage, "s1", []);
    expect(storage.getItem("designdrill:outbox:s1")).toBeNull();
  });

  it("names the events a 400 rejected, so only those are dropped", () => {
    expect(rejectedIndexes([{ path: "events.2.payload.text" }, { path: "events.0.id" }])).toEqual(new Set([0, 2]));
    expect(rejectedIndexes([{ path: "body" }])).toBeNull();
  });

  it("backs off 1 s, 2 s, 4 s … up to 15 s, and makes ids the server accepts", () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
    const id = newEventId();
    expect(ClientEventSchema.safeParse({ id, type: "question_asked", payload: { text: "hi" } }).success).toBe(true);
  });
});
