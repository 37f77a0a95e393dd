// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@/tests/support/intl";
import type { JSONContent } from "@tiptap/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotesEditor } from "@/components/editor/notes-editor";

afterEach(cleanup);

// jsdom does not lay out text, so Range has no rectangles; ProseMirror asks for them when it
// scrolls the cursor into view after a toolbar command.
if (typeof Range.prototype.getClientRects !== "function") {
  Range.prototype.getClientRects = () => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
}

const doc: JSONContent = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Bottlenecks" }] },
    { type: "paragraph", content: [{ type: "text", text: "The primary database." }] },
  ],
};

describe("NotesEditor", () => {
  it("shows the given document in a labelled editable area with a labelled toolbar", async () => {
    render(<NotesEditor label="Phase 4 notes" value={doc} onChange={() => {}} />);
    const area = await screen.findByRole("textbox", { name: "Phase 4 notes" });
    expect(area.getAttribute("contenteditable")).toBe("true");
    expect(within(area).getByRole("heading", { level: 2, name: "Bottlenecks" })).toBeTruthy();
    const toolbar = screen.getByRole("toolbar", { name: "Phase 4 notes formatting" });
    for (const name of ["H1 Heading 1", "H2 Heading 2", "Bullet list", "1. Numbered list", "Bold", "Italic", "Code", "Code block"]) {
      expect(within(toolbar).getByRole("button", { name }).getAttribute("aria-pressed")).toMatch(/^(true|false)$/);
    }
  });

  it("sends the doc JSON and its plain text after a short pause", async () => {
    const onChange = vi.fn<(doc: JSONContent, text: string) => void>();
    render(<NotesEditor label="Phase 1 notes" value={doc} onChange={onChange} />);
    await screen.findByRole("textbox", { name: "Phase 1 notes" });
    // Turning the paragraph under the cursor into a list is a document change like typing.
    fireEvent.click(screen.getByRole("button", { name: "Bullet list" }));
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 2000 });
    const [sent, text] = onChange.mock.calls[0];
    expect(JSON.stringify(sent)).toContain('"bulletList"');
    expect(text).toContain("Bottlenecks");
    expect(text).toContain("The primary database.");
    expect(screen.getByRole("button", { name: "Bullet list" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("replaces its content when the value changes from outside, without echoing it back", async () => {
    const onChange = vi.fn<(doc: JSONContent, text: string) => void>();
    const { rerender } = render(<NotesEditor label="Notes" value={null} onChange={onChange} readOnly />);
    const area = await screen.findByRole("textbox", { name: "Notes" });
    expect(area.textContent).toBe("");
    rerender(<NotesEditor label="Notes" value={doc} onChange={onChange} readOnly />);
    await waitFor(() => expect(area.textContent).toContain("The primary database."));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(onChange).not.toHaveBeenCalled();
  });

  it("read-only: not editable and no toolbar", async () => {
    render(<NotesEditor label="Phase 2 notes" value={doc} onChange={() => {}} readOnly />);
    const area = await screen.findByRole("textbox", { name: "Phase 2 notes" });
    expect(area.getAttribute("contenteditable")).toBe("false");
    expect(screen.queryByRole("toolbar")).toBeNull();
  });
});
