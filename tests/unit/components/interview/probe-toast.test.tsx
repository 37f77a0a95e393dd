// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChatMessage } from "@/lib/interview/fold";
import { ProbeToast, useProbeToast } from "@/components/interview/panels/probe-toast";

afterEach(cleanup);

const at = "2025-01-01T10:00:00Z";
const history: ChatMessage[] = [
  { id: "q-00000001", role: "candidate", text: "How many users?", at },
  { id: "r-00000001", role: "interviewer", text: "10 million.", at, factIds: ["dau"] },
];
const probe: ChatMessage = { id: "srv-probe-0", role: "interviewer", text: "What happens when the primary fails?", at, kind: "probe", probeIndex: 0 };
const answer: ChatMessage = { id: "r-00000002", role: "interviewer", text: "About 3 KB.", at, kind: "answer" };

describe("useProbeToast", () => {
  it("toasts a probe that arrives while the candidate is on another tab", () => {
    const { result, rerender } = renderHook(({ chat, onChat }) => useProbeToast(chat, onChat), { initialProps: { chat: history, onChat: false } });
    expect(result.current.toast).toBeNull();
    rerender({ chat: [...history, answer], onChat: false });
    expect(result.current.toast).toBeNull();
    rerender({ chat: [...history, answer, probe], onChat: false });
    expect(result.current.toast?.text).toBe(probe.text);
    // Going to the chat puts the question in view: the toast goes.
    rerender({ chat: [...history, answer, probe], onChat: true });
    expect(result.current.toast).toBeNull();
  });

  it("does not toast on the chat tab, nor for probes already there when the page opened", () => {
    const { result, rerender } = renderHook(({ chat, onChat }) => useProbeToast(chat, onChat), { initialProps: { chat: [...history, probe], onChat: false } });
    rerender({ chat: [...history, probe], onChat: false });
    expect(result.current.toast).toBeNull();
    const later: ChatMessage = { ...probe, id: "srv-probe-1", probeIndex: 1 };
    rerender({ chat: [...history, probe, later], onChat: true });
    expect(result.current.toast).toBeNull();
    act(() => result.current.dismiss());
    expect(result.current.toast).toBeNull();
  });
});

describe("ProbeToast", () => {
  it("shows the question in a named status with a button that goes to the chat", () => {
    const onAnswer = vi.fn();
    const onDismiss = vi.fn();
    render(<ProbeToast message={probe} onAnswer={onAnswer} onDismiss={onDismiss} />);
    const toast = screen.getByRole("status", { name: "The interviewer asks" });
    expect(toast.textContent).toContain(probe.text);
    fireEvent.click(screen.getByRole("button", { name: "Answer in chat" }));
    expect(onAnswer).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole("button", { name: "Later" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
