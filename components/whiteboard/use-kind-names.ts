"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { NODE_KINDS, type NodeKind } from "@/lib/simulator/schema";

export type KindNames = Record<NodeKind, { label: string; noun: string }>;

/** Every kind's name in the visitor's language: `label` as a title, `noun` inside sentences. */
export function useKindNames(): KindNames {
  const t = useTranslations("whiteboard.kinds");
  return useMemo(
    () => Object.fromEntries(NODE_KINDS.map((kind) => [kind, { label: t(`${kind}.label`), noun: t(`${kind}.noun`) }])) as KindNames,
    [t],
  );
}
