"use client";

import type { Node, NodeProps } from "@xyflow/react";
import { useTranslations } from "next-intl";

export type RegionNodeData = { region: string };
export type RegionFlowNode = Node<RegionNodeData, "region">;

/** A data centre drawn behind its nodes; React Flow treats it as scenery (no select, drag or focus). */
export function RegionBox({ data, width, height }: NodeProps<RegionFlowNode>) {
  const t = useTranslations("whiteboard");
  return (
    <div
      style={{ width, height }}
      className="pointer-events-none rounded-xl border-2 border-dashed border-indigo-300 bg-indigo-50/40 dark:border-indigo-700 dark:bg-indigo-950/30"
    >
      <span className="ml-3 inline-block pt-1 text-xs font-semibold text-indigo-800 dark:text-indigo-200">
        {t("region", { region: data.region })}
      </span>
    </div>
  );
}
