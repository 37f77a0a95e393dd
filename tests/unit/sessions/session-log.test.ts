import { describe, expect, it } from "vitest";
import { foldEvents } from "@/lib/interview/fold";
import { rowsToEvents } from "@/lib/sessions/event-rows";
import { emptyLogSummary, extendLogSummary, extendLogSummaryWithStored, isComplete, summarizeLog, type SeqRow } from "@/lib/sessions/session-log";

const at = new Date("2026-01-01T00:00:00.000Z");
const estimate = (seq: number, value: number): SeqRow => ({ seq, clientId: `estimate-${seq}-0000`, type: "estimate_set", payload: { field: "readQps", value }, at });
const advance = (seq: number, from: number): SeqRow => ({ seq, clientId: `advance-${seq}-0000`, type: "phase_advanced", payload: { from, to: from + 1, reason: "manual" }, at });

describe("a session log's summary", () => {
  it("folds rows in seq order to what folding the whole log gives", () => {
    const rows = [estimate(1, 10), advance(2, 1), estimate(5, 50), advance(9, 2)];
    const summary = summarizeLog(rows);
    expect(summary.state).toEqual(foldEvents(rowsToEvents(rows)));
    expect(summary.cursor).toBe(9);
    expect(summary.timeline.map((event) => event.type)).toEqual(["phase_advanced", "phase_advanced"]);
    expect([...summary.ids]).toEqual(rows.map((row) => row.clientId));
  });

  it("extended with only the new rows, ends where the whole log's fold ends", () => {
    const first = [estimate(1, 10), advance(2, 1)];
    const later = [estimate(3, 30), advance(4, 2), estimate(7, 70)];
    const extended = extendLogSummary(summarizeLog(first), later);
    expect(extended.state).toEqual(foldEvents(rowsToEvents([...first, ...later])));
    expect(extended.state.estimates.readQps).toBe(70);
    expect(extended.state.phase).toBe(3);
  });

  it("extended with events just stored (already validated), ends where extending with their rows ends", () => {
    const first = [estimate(1, 10), advance(2, 1)];
    const later = [estimate(7, 70), advance(4, 2), estimate(3, 30)];
    const fromRows = extendLogSummary(summarizeLog(first), later);
    const stored = rowsToEvents(later).map((event, index) => ({ event, seq: later[index].seq }));
    // One of them is below the cursor already: skipped, as a row would be.
    const fromStored = extendLogSummaryWithStored(summarizeLog(first), [...stored, { event: rowsToEvents([estimate(2, 99)])[0], seq: 2 }]);
    expect(fromStored.state).toEqual(fromRows.state);
    expect(fromStored.cursor).toBe(7);
    expect([...fromStored.ids].sort()).toEqual([...fromRows.ids].sort());
    expect(fromStored.timeline).toEqual(fromRows.timeline);
  });

  it("skips rows it has folded already (two requests may extend it in either order)", () => {
    const summary = summarizeLog([estimate(1, 10), estimate(2, 20)]);
    extendLogSummary(summary, [estimate(2, 20), estimate(3, 30)]);
    extendLogSummary(summary, [estimate(3, 30)]);
    expect(summary.cursor).toBe(3);
    expect(summary.ids.size).toBe(3);
    expect(summary.state.estimates.readQps).toBe(30);
  });

  it("counts a row that no longer parses as stored, without folding it", () => {
    const unreadable: SeqRow = { seq: 2, clientId: "broken-0000002", type: "estimate_set", payload: { field: "nonsense" }, at };
    const summary = summarizeLog([estimate(1, 10), unreadable]);
    expect(summary.ids.has("broken-0000002")).toBe(true);
    expect(summary.state.estimates.readQps).toBe(10);
    expect(isComplete(summary, 2)).toBe(true);
  });

  it("is incomplete when the log has a row it never saw (one that committed after a later seq)", () => {
    // Row 2 took its seq first but committed after row 3 was read.
    const summary = summarizeLog([estimate(1, 10), estimate(3, 30)]);
    expect(isComplete(summary, 2)).toBe(true);
    extendLogSummary(summary, []);
    expect(isComplete(summary, 3)).toBe(false);
    expect(isComplete(emptyLogSummary(), 0)).toBe(true);
  });
});
