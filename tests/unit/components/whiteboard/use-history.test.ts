import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, emptyHistory, recordChange, redoStep, undoStep, type History } from "@/components/whiteboard/use-history";

describe("history", () => {
  it("undoes and redoes in order", () => {
    let h: History<number> = emptyHistory();
    let present = 0;
    for (const next of [1, 2, 3]) {
      h = recordChange(h, present);
      present = next;
    }
    const seen: number[] = [];
    for (let step = undoStep(h, present); step; step = undoStep(h, present)) {
      ({ history: h, value: present } = step);
      seen.push(present);
    }
    expect(seen).toEqual([2, 1, 0]);
    const redone: number[] = [];
    for (let step = redoStep(h, present); step; step = redoStep(h, present)) {
      ({ history: h, value: present } = step);
      redone.push(present);
    }
    expect(redone).toEqual([1, 2, 3]);
  });

  it("drops the redo stack on a new change", () => {
    let h = recordChange(recordChange(emptyHistory<string>(), "a"), "b");
    const step = undoStep(h, "c");
    expect(step?.value).toBe("b");
    h = recordChange(step!.history, "b");
    expect(h.future).toEqual([]);
    expect(redoStep(h, "d")).toBeNull();
  });

  it("keeps at most the limit, forgetting the oldest", () => {
    let h = emptyHistory<number>();
    const total = HISTORY_LIMIT + 30;
    for (let i = 0; i < total; i += 1) h = recordChange(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(total - HISTORY_LIMIT);
    expect(h.past[HISTORY_LIMIT - 1]).toBe(total - 1);
  });

  it("merges a burst of changes with the same key into one undo step", () => {
    let h = emptyHistory<string>();
    h = recordChange(h, "", "field:web:label");
    h = recordChange(h, "w", "field:web:label");
    h = recordChange(h, "we", "field:web:label");
    expect(h.past).toEqual([""]);
    h = recordChange(h, "web", "field:web:region");
    expect(h.past).toEqual(["", "web"]);
    // After an undo the same key starts a new step rather than merging into a stale one.
    const step = undoStep(h, "web!")!;
    expect(recordChange(step.history, "web", "field:web:region").past).toEqual(["", "web"]);
  });

  it("has nothing to undo or redo when empty", () => {
    expect(undoStep(emptyHistory<number>(), 1)).toBeNull();
    expect(redoStep(emptyHistory<number>(), 1)).toBeNull();
  });
});
