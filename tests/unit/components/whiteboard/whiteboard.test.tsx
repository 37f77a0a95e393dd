// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@/tests/support/intl";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NODE_KINDS } from "@/lib/simulator/schema";
import { validateDesignDocument } from "@/lib/simulator/validate";
import { completeLayout } from "@/components/whiteboard/layout";
import { Whiteboard, type BoardValue } from "@/components/whiteboard/whiteboard";

afterEach(cleanup);

const empty: BoardValue = { design: { nodes: [], edges: [] }, layout: {} };

/** A parent that owns the value, as the interview page will. */
function Harness({ initial, onChange }: { initial: BoardValue; onChange: (v: BoardValue) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Whiteboard
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

describe("Whiteboard", () => {
  it("offers every node kind in the palette", () => {
    render(<Harness initial={empty} onChange={() => {}} />);
    const palette = screen.getByRole("region", { name: "Components" });
    expect(within(palette).getAllByRole("button")).toHaveLength(NODE_KINDS.length);
    expect(screen.getByRole("button", { name: "Add load balancer" })).toBeTruthy();
  });

  it("builds lb → web from the palette and the inspector's Connect to", () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    render(<Harness initial={empty} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add load balancer" }));
    fireEvent.click(screen.getByRole("button", { name: "Add web server" }));
    // The new node is selected, so the inspector is open on "web"; pick lb as the other end.
    fireEvent.change(screen.getByLabelText("Selected node"), { target: { value: "lb" } });
    const inspector = screen.getByRole("form", { name: "Inspector" });
    fireEvent.change(within(inspector).getByLabelText("Connect to"), { target: { value: "web" } });
    fireEvent.click(within(inspector).getByRole("button", { name: "Connect" }));

    const last = onChange.mock.calls.at(-1)![0];
    expect(last.design.nodes.map((n) => [n.id, n.kind])).toEqual([
      ["lb", "load_balancer"],
      ["web", "web_server"],
    ]);
    expect(last.design.edges).toEqual([{ from: "lb", to: "web" }]);
    expect(Object.keys(last.layout).sort()).toEqual(["lb", "web"]);
    expect(validateDesignDocument({ version: 1, requirements: {}, design: last.design }).ok).toBe(true);
    expect(within(inspector).getByRole("button", { name: "Remove connection to web" })).toBeTruthy();
  });

  it("shows a message for instances = 0 and keeps it out of the design", () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    render(<Harness initial={empty} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add web server" }));
    const calls = onChange.mock.calls.length;
    const inspector = screen.getByRole("form", { name: "Inspector" });
    const instances = within(inspector).getByLabelText("Instances");

    fireEvent.change(instances, { target: { value: "0" } });
    expect(onChange.mock.calls.length).toBe(calls);
    expect(instances.getAttribute("aria-invalid")).toBe("true");
    const messageId = instances.getAttribute("aria-describedby")!;
    expect(document.getElementById(messageId)?.textContent).toMatch(/\S/);

    fireEvent.change(instances, { target: { value: "3" } });
    expect(onChange.mock.calls.length).toBe(calls + 1);
    expect(onChange.mock.calls.at(-1)![0].design.nodes[0].instances).toBe(3);
    expect(instances.getAttribute("aria-invalid")).toBeNull();
  });

  it("undoes and redoes with the buttons and the keyboard", () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    render(<Harness initial={empty} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add cache" }));
    fireEvent.click(screen.getByRole("button", { name: "Add cache" }));
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(onChange.mock.calls.at(-1)![0].design.nodes.map((n) => n.id)).toEqual(["cache"]);
    const board = screen.getByRole("group", { name: "Whiteboard" });
    act(() => {
      fireEvent.keyDown(board, { key: "z", ctrlKey: true, shiftKey: true });
    });
    expect(onChange.mock.calls.at(-1)![0].design.nodes.map((n) => n.id)).toEqual(["cache", "cache-2"]);
    act(() => {
      fireEvent.keyDown(board, { key: "z", metaKey: true });
    });
    expect(onChange.mock.calls.at(-1)![0].design.nodes.map((n) => n.id)).toEqual(["cache"]);
  });

  it("deletes a node and its connections from the inspector", () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    const initial: BoardValue = {
      design: {
        nodes: [
          { id: "lb", kind: "load_balancer" },
          { id: "web", kind: "web_server" },
        ],
        edges: [{ from: "lb", to: "web" }],
      },
      layout: { lb: { x: 0, y: 0 }, web: { x: 300, y: 0 } },
    };
    render(<Harness initial={initial} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText("Selected node"), { target: { value: "web" } });
    fireEvent.click(screen.getByRole("button", { name: "Delete node" }));
    expect(onChange.mock.calls.at(-1)![0]).toEqual({
      design: { nodes: [{ id: "lb", kind: "load_balancer" }], edges: [] },
      layout: { lb: { x: 0, y: 0 } },
    });
  });

  it("moves a selected node with the arrow keys and deletes it with Delete", async () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    const initial: BoardValue = {
      design: { nodes: [{ id: "web", kind: "web_server" }], edges: [] },
      layout: { web: { x: 100, y: 40 } },
    };
    render(<Harness initial={initial} onChange={onChange} />);
    const node = screen.getByRole("group", { name: /^web \(web server\)/ });
    node.focus();
    // React Flow tracks held keys, so each press needs its release as in a browser.
    const press = (key: string) => {
      fireEvent.keyDown(node, { key });
      fireEvent.keyUp(node, { key });
    };
    press("Enter");
    expect(screen.getByRole("form", { name: "Inspector" })).toBeTruthy();
    press("ArrowRight");
    const moved = onChange.mock.calls.at(-1)![0].layout.web;
    expect(moved.y).toBe(40);
    expect(moved.x).toBeGreaterThan(100);
    press("Delete");
    // React Flow deletes asynchronously (it awaits onBeforeDelete first).
    await waitFor(() => expect(onChange.mock.calls.at(-1)![0].design.nodes).toEqual([]));
    expect(onChange.mock.calls.at(-1)![0].layout).toEqual({});
  });

  it("the first edit of a design without positions keeps where its other nodes were drawn", () => {
    const onChange = vi.fn<(v: BoardValue) => void>();
    const design: BoardValue["design"] = {
      nodes: [
        { id: "lb", kind: "load_balancer" },
        { id: "web", kind: "web_server" },
        { id: "web-2", kind: "web_server" },
      ],
      edges: [],
    };
    render(<Harness initial={{ design, layout: {} }} onChange={onChange} />);
    const drawn = completeLayout(design.nodes, {});
    fireEvent.click(screen.getByRole("button", { name: "Add cache" }));
    const { layout } = onChange.mock.calls.at(-1)![0];
    expect(layout.lb).toEqual(drawn.lb);
    expect(layout.web).toEqual(drawn.web);
    expect(layout["web-2"]).toEqual(drawn["web-2"]);
    expect(Object.keys(layout).sort()).toEqual(["cache", "lb", "web", "web-2"]);
  });

  it("read-only: no palette, no undo, and the inspector cannot edit", () => {
    const value: BoardValue = {
      design: { nodes: [{ id: "db", kind: "sql_database", region: "us-east" }], edges: [] },
      layout: { db: { x: 0, y: 0 } },
    };
    render(<Whiteboard value={value} onChange={() => {}} readOnly results={{ components: [{ id: "db", utilization: 1.2 }], spofs: ["db"] }} />);
    expect(screen.queryByRole("region", { name: "Components" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Add / })).toBeNull();
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    // The results overlay: utilisation in text, the SPOF badge, both in the node's name too.
    const node = screen.getByRole("group", { name: /^db \(SQL database, us-east\)/ });
    expect(node.getAttribute("aria-label")).toContain("120 %");
    expect(node.getAttribute("aria-label")).toContain("single point of failure");
    expect(within(node).getByText("SPOF")).toBeTruthy();
    expect(within(node).getByText(/120 %/)).toBeTruthy();
    expect(screen.getByText("Region us-east")).toBeTruthy();
    // Read-only nodes can still be selected (click here, Enter from the keyboard) to inspect them.
    expect(screen.queryByRole("form", { name: "Inspector" })).toBeNull();
    fireEvent.click(node);
    const inspector = screen.getByRole("form", { name: "Inspector" });
    expect(within(inspector).getByLabelText("Instances").matches(":disabled")).toBe(true);
    expect(within(inspector).queryByRole("button", { name: "Delete node" })).toBeNull();
  });
});
