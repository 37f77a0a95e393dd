"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeTypes,
} from "@xyflow/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { DESIGN_LIMITS, type NodeKind } from "@/lib/simulator/schema";
import { addEdge, addNode, edgeKey, moveNodes, removeEdges, removeNodes, replaceNode } from "./design-ops";
import { Inspector } from "./inspector";
import { NODE_HEIGHT, NODE_WIDTH, completeLayout, regionBoxes } from "./layout";
import { NodeCard, nodeAriaLabel, type ComponentFlowNode } from "./node-card";
import { Palette } from "./palette";
import { RegionBox, type RegionFlowNode } from "./region-box";
import type { BoardResults, BoardValue, Position } from "./types";
import { useHistory } from "./use-history";
import { useKindNames } from "./use-kind-names";
import { utilisationTone } from "./utilisation";

export type { BoardResults, BoardValue } from "./types";

export type WhiteboardProps = {
  value: BoardValue;
  onChange: (next: BoardValue) => void;
  results?: BoardResults | null;
  readOnly?: boolean;
  ariaLabel?: string;
};

const NODE_TYPES: NodeTypes = { component: NodeCard, region: RegionBox };
// Region boxes get ids no design node can have (node ids must start with a letter or digit).
const REGION_PREFIX = "__region:";
const SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
// Between 50 % and 100 %: one node should not fill the canvas, and cards must stay readable
// (a wide board is panned, or zoomed out by hand).
const FIT_VIEW = { padding: 0.15, minZoom: 0.5, maxZoom: 1 };
// A read-only board (report, replay) cannot be edited, so showing every node matters more than
// card size: fit it all, however small, and leave out the minimap that would cover part of it.
const FIT_ALL = { padding: 0.08, minZoom: 0.05, maxZoom: 1 };

/** Re-fits the view when nodes are added or removed, so a new node is never off-screen. */
function FitOnCountChange({ count, options }: { count: number; options: typeof FIT_VIEW }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const frame = requestAnimationFrame(() => void fitView({ ...options, duration: 150 }));
    return () => cancelAnimationFrame(frame);
  }, [count, fitView, options]);
  return null;
}
const MINIMAP_COLOURS = { ok: "#10b981", busy: "#f59e0b", over: "#dc2626" } as const;

const BUTTON =
  "rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:opacity-40 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800";

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function Whiteboard({ value, onChange, results = null, readOnly = false, ariaLabel: givenLabel }: WhiteboardProps) {
  const t = useTranslations("whiteboard");
  const locale = useLocale();
  const names = useKindNames();
  const ariaLabel = givenLabel ?? t("defaultLabel");
  const history = useHistory(value, onChange);
  const [selectedNodes, setSelectedNodes] = useState<string[]>([]);
  const [selectedEdges, setSelectedEdges] = useState<string[]>([]);
  // Positions of nodes being dragged: shown live, written to the design once on drop.
  const [dragging, setDragging] = useState<Record<string, Position>>({});
  const pickerId = useId();

  const { design } = value;
  // Edits start from a fully placed board, so the first edit of a design that came without
  // positions (an example, a CLI file) also fixes where its other nodes are drawn.
  const board = useMemo<BoardValue>(
    () => ({ design, layout: completeLayout(design.nodes, value.layout) }),
    [design, value.layout],
  );
  const positions = useMemo(() => ({ ...board.layout, ...dragging }), [board.layout, dragging]);
  const nodeIds = useMemo(() => new Set(design.nodes.map((n) => n.id)), [design.nodes]);

  const flowNodes = useMemo(() => {
    const utilisation = new Map((results?.components ?? []).map((c) => [c.id, c.utilization]));
    const spofs = new Set(results?.spofs ?? []);
    const boxes: RegionFlowNode[] = regionBoxes(design.nodes, positions).map((box) => ({
      id: `${REGION_PREFIX}${box.region}`,
      type: "region",
      position: { x: box.x, y: box.y },
      data: { region: box.region },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      zIndex: -1,
      style: { pointerEvents: "none" },
    }));
    const cards: ComponentFlowNode[] = design.nodes.map((node) => {
      const data = { node, utilization: utilisation.get(node.id), spof: spofs.has(node.id) };
      return {
        id: node.id,
        type: "component",
        position: positions[node.id],
        data,
        ...SIZE,
        // Fixed, known size: React Flow can draw the card and its edges without measuring first.
        measured: SIZE,
        selected: selectedNodes.includes(node.id),
        ariaLabel: nodeAriaLabel(data, names, { t, locale }),
      };
    });
    return [...boxes, ...cards] as Node[];
  }, [design.nodes, positions, results, selectedNodes, names, t, locale]);

  const flowEdges = useMemo<Edge[]>(
    () =>
      design.edges.map((edge) => {
        const id = edgeKey(edge);
        return {
          id,
          source: edge.from,
          target: edge.to,
          label: edge.label,
          selected: selectedEdges.includes(id),
          markerEnd: { type: MarkerType.ArrowClosed },
          ariaLabel: t("edgeLabel", { from: edge.from, to: edge.to }),
        };
      }),
    [design.edges, selectedEdges, t],
  );

  const commit = history.commit;

  const onNodesChange = (changes: NodeChange[]) => {
    const live: Record<string, Position> = {};
    const dropped: Record<string, Position> = {};
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (!("id" in change) || !nodeIds.has(change.id)) continue;
      if (change.type === "position" && change.position) {
        if (change.dragging) live[change.id] = change.position;
        else dropped[change.id] = change.position;
      } else if (change.type === "select") {
        selection ??= new Set(selectedNodes);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (selection) setSelectedNodes([...selection]);
    if (Object.keys(live).length > 0) setDragging((prev) => ({ ...prev, ...live }));
    const droppedIds = Object.keys(dropped);
    if (droppedIds.length > 0 && !readOnly) {
      // A drop is one undo step; arrow-key nudges of the same nodes merge into one.
      const wasDragged = droppedIds.some((id) => id in dragging);
      commit(moveNodes(board, dropped), wasDragged ? null : `nudge:${droppedIds.sort().join(",")}`);
      setDragging((prev) => Object.fromEntries(Object.entries(prev).filter(([id]) => !(id in dropped))));
    }
  };

  const onEdgesChange = (changes: EdgeChange[]) => {
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== "select") continue;
      selection ??= new Set(selectedEdges);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
    if (selection) setSelectedEdges([...selection]);
  };

  const connect = (from: string, to: string) => {
    const next = addEdge(board, from, to);
    if (next) commit(next);
  };

  const remove = (nodes: string[], edges: string[]) => {
    if (nodes.length + edges.length === 0) return;
    commit(removeEdges(removeNodes(board, nodes), edges));
    setSelectedNodes((prev) => prev.filter((id) => !nodes.includes(id)));
    setSelectedEdges((prev) => prev.filter((id) => !edges.includes(id)));
  };

  const add = (kind: NodeKind) => {
    const { value: next, id } = addNode(board, kind);
    commit(next);
    // The new node is selected so the inspector opens on it, ready to configure and connect.
    setSelectedNodes([id]);
    setSelectedEdges([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || !(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) history.undo();
    else if ((key === "z" && event.shiftKey) || key === "y") history.redo();
    else return;
    event.preventDefault();
  };

  const inspected = selectedNodes.length === 1 ? design.nodes.find((n) => n.id === selectedNodes[0]) : undefined;
  const showPanel = !readOnly || inspected !== undefined;

  return (
    <div
      role="group"
      aria-label={ariaLabel}
      onKeyDown={onKeyDown}
      className="flex h-[36rem] min-h-96 w-full overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
    >
      {showPanel ? (
        <aside
          aria-label={t("tools", { board: ariaLabel })}
          className="flex w-72 shrink-0 flex-col gap-4 overflow-y-auto border-r border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
        >
          {!readOnly ? (
            <>
              <div className="flex gap-2" role="toolbar" aria-label={t("history")}>
                <button type="button" className={BUTTON} onClick={history.undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
                  {t("undo")}
                </button>
                <button
                  type="button"
                  className={BUTTON}
                  onClick={history.redo}
                  disabled={!history.canRedo}
                  aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                >
                  {t("redo")}
                </button>
              </div>
              <Palette onAdd={add} disabled={design.nodes.length >= DESIGN_LIMITS.nodes} />
            </>
          ) : null}
          {design.nodes.length > 0 ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={pickerId} className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                {t("selectedNode")}
              </label>
              <select
                id={pickerId}
                value={inspected?.id ?? ""}
                onChange={(e) => {
                  setSelectedNodes(e.target.value ? [e.target.value] : []);
                  setSelectedEdges([]);
                }}
                className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
              >
                <option value="">{t("none")}</option>
                {design.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {t("nodeOption", { name: n.label ? t("nodeWithId", { label: n.label, id: n.id }) : n.id, noun: names[n.kind].noun })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {inspected ? (
            <Inspector
              key={inspected.id}
              node={inspected}
              design={design}
              readOnly={readOnly}
              onChangeNode={(node, field) => commit(replaceNode(board, node), `field:${node.id}:${field}`)}
              onConnect={(to) => connect(inspected.id, to)}
              onRemoveEdge={(key) => remove([], [key])}
              onDelete={() => remove([inspected.id], [])}
            />
          ) : !readOnly ? (
            <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("selectHint")}</p>
          ) : null}
        </aside>
      ) : null}
      <div className="relative h-full min-w-0 flex-1">
        <ReactFlow
          aria-label={t("canvas", { board: ariaLabel })}
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={(c: Connection) => connect(c.source, c.target)}
          onDelete={({ nodes, edges }) =>
            remove(
              nodes.map((n) => n.id).filter((id) => nodeIds.has(id)),
              edges.map((e) => e.id),
            )
          }
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={false}
          deleteKeyCode={readOnly ? null : ["Delete", "Backspace"]}
          colorMode="system"
          minZoom={readOnly ? FIT_ALL.minZoom : 0.2}
          fitView
          fitViewOptions={readOnly ? FIT_ALL : FIT_VIEW}
        >
          <FitOnCountChange count={design.nodes.length} options={readOnly ? FIT_ALL : FIT_VIEW} />
          <Background />
          <Controls showInteractive={false} />
          {readOnly ? null : <MiniMap
            ariaLabel={t("minimap", { board: ariaLabel })}
            pannable
            zoomable
            nodeColor={(n) => {
              if (n.type === "region") return "rgba(99, 102, 241, 0.15)";
              const u = (n as ComponentFlowNode).data.utilization;
              return u === undefined ? "#94a3b8" : MINIMAP_COLOURS[utilisationTone(u)];
            }}
          />}
        </ReactFlow>
      </div>
    </div>
  );
}
