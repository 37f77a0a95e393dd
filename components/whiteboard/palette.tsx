"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { NODE_KINDS, type NodeKind } from "@/lib/simulator/schema";
import { KindIcon } from "./icons";
import { useKindNames } from "./use-kind-names";

export function Palette({ onAdd, disabled = false }: { onAdd: (kind: NodeKind) => void; disabled?: boolean }) {
  const titleId = useId();
  const t = useTranslations("whiteboard");
  const names = useKindNames();
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2">
      <h3 id={titleId} className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        {t("components")}
      </h3>
      <ul className="grid grid-cols-2 gap-1.5">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              onClick={() => onAdd(kind)}
              disabled={disabled}
              aria-label={t("add", { noun: names[kind].noun })}
              title={t("add", { noun: names[kind].noun })}
              className="flex w-full items-center gap-2 rounded-md border border-zinc-200 bg-white px-2 py-1.5 text-left text-xs text-zinc-800 hover:border-sky-400 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-sky-500 dark:hover:bg-sky-950"
            >
              <KindIcon kind={kind} className="size-4 shrink-0 text-sky-700 dark:text-sky-300" />
              <span className="leading-tight break-words">{names[kind].label}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
