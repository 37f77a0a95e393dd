"use client";

import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { useLocale, useTranslations } from "next-intl";
import type { DesignNode } from "@/lib/simulator/schema";
import { KindIcon } from "./icons";
import { useKindNames, type KindNames } from "./use-kind-names";
import type { Words } from "./words";
import { NODE_HEIGHT, NODE_WIDTH } from "./layout";
import { formatUtilisation, utilisationTone, type UtilisationTone } from "./utilisation";

export type ComponentNodeData = { node: DesignNode; utilization?: number; spof: boolean };
export type ComponentFlowNode = Node<ComponentNodeData, "component">;

const TONE_CLASSES: Record<UtilisationTone | "none", string> = {
  none: "border-zinc-300 bg-white dark:border-zinc-600 dark:bg-zinc-900",
  ok: "border-emerald-500 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950",
  busy: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950",
  over: "border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950",
};

const TONE_TEXT: Record<UtilisationTone, string> = {
  ok: "text-emerald-800 dark:text-emerald-200",
  busy: "text-amber-800 dark:text-amber-200",
  over: "text-red-800 dark:text-red-200",
};

/** The accessible name of a node on the canvas, results included (colour is never the only cue). */
export function nodeAriaLabel(data: ComponentNodeData, names: KindNames, words: Words): string {
  const { node } = data;
  const { t } = words;
  let details = names[node.kind].noun;
  // "×N", not "N instances": the inspector's "Instances" field must stay the only label with that word.
  if ((node.instances ?? 1) > 1) details += ` ${t("instances", { count: node.instances ?? 1 })}`;
  if (node.region) details += `, ${node.region}`;
  const parts = [t("nodeAria.kind", { name: node.label || node.id, details })];
  if (data.utilization !== undefined) parts.push(t("nodeAria.utilisation", { value: formatUtilisation(data.utilization, words) }));
  if (data.spof) parts.push(t("nodeAria.spof"));
  return parts.join(", ");
}

export function NodeCard({ data, selected, isConnectable }: NodeProps<ComponentFlowNode>) {
  const { node, utilization, spof } = data;
  const tone = utilization === undefined ? "none" : utilisationTone(utilization);
  const instances = node.instances ?? 1;
  const t = useTranslations("whiteboard");
  const words = { t, locale: useLocale() };
  const names = useKindNames();
  return (
    <div
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      className={`relative flex items-center gap-2 overflow-hidden rounded-lg border-2 px-2.5 text-zinc-900 shadow-sm dark:text-zinc-100 ${TONE_CLASSES[tone]} ${selected ? "ring-2 ring-sky-500 ring-offset-1 dark:ring-offset-zinc-950" : ""}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} className="size-2.5! bg-zinc-500!" />
      <KindIcon kind={node.kind} className="size-7 shrink-0 text-sky-700 dark:text-sky-300" />
      <div className="min-w-0 flex-1 leading-tight">
        <div className="truncate text-sm font-semibold" title={node.label || node.id}>
          {node.label || node.id}
        </div>
        <div className="truncate text-[11px] text-zinc-600 dark:text-zinc-400">
          {names[node.kind].label}
          {instances > 1 ? ` ${t("instances", { count: instances })}` : ""}
        </div>
        {utilization !== undefined && tone !== "none" ? (
          <div className={`text-[11px] font-semibold ${TONE_TEXT[tone]}`}>{t("busy", { value: formatUtilisation(utilization, words) })}</div>
        ) : null}
      </div>
      {spof ? (
        <span className="absolute top-1 right-1 rounded bg-red-700 px-1 py-px text-[10px] font-bold tracking-wide text-white dark:bg-red-500">
          {t("spof")}
        </span>
      ) : null}
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} className="size-2.5! bg-zinc-500!" />
    </div>
  );
}
