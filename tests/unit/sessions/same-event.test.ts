import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import { assertNoConflictingResends } from "@/lib/sessions/same-event";
import { formatText } from "@/lib/simulator/text";

const stored = [{ id: "estimate-0001", type: "estimate_set", payload: { field: "readQps", value: 100 }, at: "2026-01-01T00:00:00.000Z" }] as InterviewEvent[];

function conflict(batch: ClientEvent[]): AppError | null {
  try {
    assertNoConflictingResends(stored, batch);
    return null;
  } catch (error) {
    return error as AppError;
  }
}

describe("resent event ids", () => {
  it("accepts a true retry, whatever the key order", () => {
    expect(conflict([{ id: "estimate-0001", type: "estimate_set", payload: { value: 100, field: "readQps" } } as ClientEvent])).toBeNull();
  });

  it("answers a different payload, a different type, or two events under one id in a batch with 409 naming the id", () => {
    const payload = conflict([{ id: "estimate-0001", type: "estimate_set", payload: { field: "readQps", value: 101 } } as ClientEvent]);
    expect(payload?.status).toBe(409);
    expect(payload?.problems).toEqual([{ path: "events.0.id", message: 'Event id "estimate-0001" is already stored with a different payload.', text: expect.anything() }]);
    const type = conflict([{ id: "estimate-0001", type: "question_asked", payload: { text: "hi" } } as ClientEvent]);
    expect(type?.problems[0]?.message).toContain("different type");
    const twice = conflict([
      { id: "question-0009", type: "question_asked", payload: { text: "a" } },
      { id: "question-0009", type: "question_asked", payload: { text: "b" } },
    ] as ClientEvent[]);
    expect(twice?.problems).toEqual([{ path: "events.1.id", message: 'Event id "question-0009" is already stored with a different payload.', text: expect.anything() }]);
    expect(payload?.userMessage).toBe('Event id "estimate-0001" was already used for a different event; use a new id for a new event.');
  });

  it("names each problem in the reader's language too", () => {
    const payload = conflict([{ id: "estimate-0001", type: "estimate_set", payload: { field: "readQps", value: 101 } } as ClientEvent]);
    const type = conflict([{ id: "estimate-0001", type: "question_asked", payload: { text: "hi" } } as ClientEvent]);
    expect(formatText(payload!.problems[0].text!, "ko")).toBe('이벤트 ID "estimate-0001": 내용이 다른 이벤트로 이미 저장되어 있습니다.');
    expect(formatText(type!.problems[0].text!, "ko")).toBe('이벤트 ID "estimate-0001": 종류가 다른 이벤트로 이미 저장되어 있습니다.');
  });
});
