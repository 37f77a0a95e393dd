// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@/tests/support/intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChatMessage } from "@/lib/interview/fold";
import { ChatPanel } from "@/components/interview/panels/chat-panel";

afterEach(cleanup);

const messages: ChatMessage[] = [
  { id: "q-00000001", role: "candidate", text: "How many daily active users?", at: "2025-01-01T10:00:00Z" },
  { id: "r-00000001", role: "interviewer", text: "About 10 million.", at: "2025-01-01T10:00:01Z", factIds: ["dau"] },
];

describe("ChatPanel", () => {
  it("sends on Enter, trimmed, and clears the box", () => {
    const onAsk = vi.fn<(text: string) => void>();
    render(<ChatPanel messages={[]} onAsk={onAsk} disabled={false} />);
    const box = screen.getByLabelText("Ask the interviewer") as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: "  How much data per day?  " } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onAsk).toHaveBeenCalledWith("How much data per day?");
    expect(box.value).toBe("");
  });

  it("does not send on Shift+Enter, nor an empty question", () => {
    const onAsk = vi.fn<(text: string) => void>();
    render(<ChatPanel messages={[]} onAsk={onAsk} disabled={false} />);
    const box = screen.getByLabelText("Ask the interviewer");
    fireEvent.keyDown(box, { key: "Enter" });
    fireEvent.change(box, { target: { value: "Users?" } });
    fireEvent.keyDown(box, { key: "Enter", shiftKey: true });
    expect(onAsk).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Ask" }));
    expect(onAsk).toHaveBeenCalledWith("Users?");
  });

  it("shows the conversation in a log, and a hint while it is empty", () => {
    render(<ChatPanel messages={[]} onAsk={() => {}} disabled={false} />);
    expect(screen.getByRole("log", { name: "Interview chat" }).textContent).toContain("Ask about users, traffic");
    cleanup();
    render(<ChatPanel messages={messages} onAsk={() => {}} disabled />);
    const log = screen.getByRole("log", { name: "Interview chat" });
    expect(within(log).getByText("About 10 million.")).toBeTruthy();
    expect(within(log).getByText("How many daily active users?")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ask" }).hasAttribute("disabled")).toBe(true);
  });
});
