// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useSessionSync } from "@/components/interview/use-session-sync";
import type { SessionView } from "@/lib/sessions/operations";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const view = { id: "s1", events: [], status: "ACTIVE", checklist: [], serverNow: new Date().toISOString() } as unknown as SessionView;

function fakeServer() {
  const refreshes: number[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === "POST") {
      const { events } = JSON.parse(String(init.body)) as { events: { id: string; type: string; payload: unknown }[] };
      const stored = events.map((event) => ({ ...event, at: new Date().toISOString() }));
      return Response.json({ accepted: events.map((event) => event.id), rejected: [], events: stored, status: "ACTIVE" });
    }
    refreshes.push(Date.now());
    return Response.json({ ...view, serverNow: new Date().toISOString() });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { refreshes };
}

describe("useSessionSync", () => {
  it("fetches the checklist's verdicts again within a second of every saved change, even in a burst", async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useSessionSync(view));
    await waitFor(() => expect(result.current.restored).toBe(true));

    act(() => void result.current.send({ type: "question_asked", payload: { text: "How many users?" } }));
    await waitFor(() => expect(server.refreshes).toHaveLength(1), { timeout: 1000 });

    // A second change right after the first still gets its own verdicts, within a second.
    const sentAt = Date.now();
    act(() => void result.current.send({ type: "question_asked", payload: { text: "How much data?" } }));
    await waitFor(() => expect(server.refreshes).toHaveLength(2), { timeout: 1000 });
    expect(server.refreshes[1] - sentAt).toBeLessThan(1000);
  });

  it("restores the outbox of an earlier page load after hydration", async () => {
    fakeServer();
    window.localStorage.setItem(
      "designdrill:outbox:s1",
      JSON.stringify([{ event: { id: "kept-00000001", type: "question_asked", payload: { text: "Kept?" } }, at: new Date().toISOString() }]),
    );
    const { result } = renderHook(() => useSessionSync(view));
    await waitFor(() => expect(result.current.events.map((event) => event.id)).toContain("kept-00000001"));
  });
});
