"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { Design, DesignNode } from "@/lib/simulator/schema";
import { edgeKey } from "./design-ops";
import { fieldsForKind, type FieldName, type FieldSpec } from "./kind-fields";
import { displayValue, evaluateDrafts, primaryCandidates, type Drafts } from "./inspector-form";
import { useKindNames } from "./use-kind-names";

export type InspectorProps = {
  node: DesignNode;
  design: Design;
  readOnly: boolean;
  /** A valid replacement for `node`; `field` lets the board merge keystrokes into one undo step. */
  onChangeNode: (node: DesignNode, field: FieldName) => void;
  onConnect: (to: string) => void;
  onRemoveEdge: (key: string) => void;
  onDelete: () => void;
};

const INPUT =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[invalid=true]:border-red-600 disabled:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400 dark:disabled:bg-zinc-800";
const BUTTON =
  "rounded-md border px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:opacity-50";

/** Edits one node. Keyed by node id in the board, so drafts never leak from one node to another. */
export function Inspector({ node, design, readOnly, onChangeNode, onConnect, onRemoveEdge, onDelete }: InspectorProps) {
  const baseId = useId();
  const t = useTranslations("whiteboard");
  const words = { t, locale: useLocale() };
  const names = useKindNames();
  const specs = fieldsForKind(node.kind);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [target, setTarget] = useState("");
  const { errors } = evaluateDrafts(node, drafts, specs, words, design);

  const edit = (field: FieldName, raw: string | boolean) => {
    const next = { ...drafts, [field]: raw };
    setDrafts(next);
    const result = evaluateDrafts(node, next, specs, words, design);
    // Every valid change reaches the board, even while another field still shows an error.
    if (result.changed) onChangeNode(result.candidate, field);
  };
  // Once a field is left with a valid value, show the design's value again (e.g. "2.50" → "2.5").
  const settle = (field: FieldName) => {
    if (errors[field] !== undefined) return;
    setDrafts(({ [field]: _settled, ...rest }) => rest);
  };

  const outgoing = design.edges.filter((e) => e.from === node.id);
  const incoming = design.edges.filter((e) => e.to === node.id);
  const connectable = design.nodes.filter((n) => n.id !== node.id && !outgoing.some((e) => e.to === n.id));
  const connectId = `${baseId}-connect`;
  const connections = [
    ...outgoing.map((e) => ({ e, outward: true, other: e.to })),
    ...incoming.map((e) => ({ e, outward: false, other: e.from })),
  ];

  return (
    <form
      aria-label={t("inspector.name")}
      onSubmit={(event) => event.preventDefault()}
      className="flex flex-col gap-3 text-sm text-zinc-900 dark:text-zinc-100"
    >
      <h3 className="font-semibold">
        {node.id} <span className="font-normal text-zinc-500 dark:text-zinc-400">({names[node.kind].noun})</span>
      </h3>
      <fieldset disabled={readOnly} className="flex flex-col gap-2">
        <legend className="sr-only">{t("inspector.properties", { id: node.id })}</legend>
        {specs.map((spec) => (
          <Field
            key={spec.name}
            id={`${baseId}-${spec.name}`}
            spec={spec}
            node={node}
            design={design}
            draft={drafts[spec.name]}
            error={errors[spec.name]}
            onEdit={(raw) => edit(spec.name, raw)}
            onSettle={() => settle(spec.name)}
          />
        ))}
      </fieldset>

      {!readOnly ? (
        <div className="flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor={connectId} className="text-xs font-medium">
              {t("inspector.connectTo")}
            </label>
            <select id={connectId} value={target} onChange={(e) => setTarget(e.target.value)} className={INPUT}>
              <option value="">{t("inspector.chooseNode")}</option>
              {connectable.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label ? t("nodeWithId", { label: n.label, id: n.id }) : n.id}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={target === ""}
            onClick={() => {
              onConnect(target);
              setTarget("");
            }}
            className={`${BUTTON} border-sky-600 bg-sky-600 text-white hover:bg-sky-700 dark:border-sky-500 dark:bg-sky-600`}
          >
            {t("inspector.connect")}
          </button>
        </div>
      ) : null}

      <section aria-label={t("inspector.connectionsOf", { id: node.id })} className="flex flex-col gap-1">
        <h4 className="text-xs font-medium">{t("inspector.connections")}</h4>
        {outgoing.length + incoming.length === 0 ? (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("inspector.noneYet")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {connections.map(
              ({ e, outward, other }) => (
                <li key={edgeKey(e)} className="flex items-center justify-between gap-2 text-xs">
                  <span>{t(outward ? "inspector.outgoing" : "inspector.incoming", { node: other })}</span>
                  {!readOnly ? (
                    <button
                      type="button"
                      onClick={() => onRemoveEdge(edgeKey(e))}
                      aria-label={t(outward ? "inspector.removeOutgoing" : "inspector.removeIncoming", { node: other })}
                      className={`${BUTTON} border-zinc-300 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800`}
                    >
                      {t("inspector.remove")}
                    </button>
                  ) : null}
                </li>
              ),
            )}
          </ul>
        )}
      </section>

      {!readOnly ? (
        <button
          type="button"
          onClick={onDelete}
          className={`${BUTTON} self-start border-red-600 text-red-700 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950`}
        >
          {t("inspector.deleteNode")}
        </button>
      ) : null}
    </form>
  );
}

type FieldProps = {
  id: string;
  spec: FieldSpec;
  node: DesignNode;
  design: Design;
  draft: string | boolean | undefined;
  error: string | undefined;
  onEdit: (raw: string | boolean) => void;
  onSettle: () => void;
};

function Field({ id, spec, node, design, draft, error, onEdit, onSettle }: FieldProps) {
  const t = useTranslations("whiteboard");
  const hint = spec.hint ? t(`fields.${spec.name}.hint`) : null;
  const stored = node[spec.name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, onBlur: onSettle };

  let control;
  if (spec.input === "checkbox") {
    const checked = typeof draft === "boolean" ? draft : typeof stored === "boolean" ? stored : spec.defaultChecked;
    control = (
      <input
        {...common}
        type="checkbox"
        checked={checked}
        onChange={(e) => onEdit(e.target.checked)}
        className="size-4 accent-sky-600"
      />
    );
  } else if (spec.input === "select" || spec.input === "node") {
    const options =
      spec.input === "select"
        ? spec.options
        : primaryCandidates(node, design).map((n) => n.id);
    control = (
      <select {...common} value={typeof draft === "string" ? draft : displayValue(stored)} onChange={(e) => onEdit(e.target.value)} className={INPUT}>
        <option value="">{t(spec.input === "node" ? "inspector.none" : "inspector.default")}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type={spec.input === "number" ? "number" : "text"}
        step={spec.input === "number" ? spec.step : undefined}
        inputMode={spec.input === "number" ? (spec.step === "1" ? "numeric" : "decimal") : undefined}
        value={typeof draft === "string" ? draft : displayValue(stored)}
        onChange={(e) => onEdit(e.target.value)}
        className={INPUT}
      />
    );
  }

  const label = (
    <label htmlFor={id} className="text-xs font-medium">
      {t(`fields.${spec.name}.label`)}
    </label>
  );
  return (
    <div className="flex flex-col gap-1">
      {spec.input === "checkbox" ? (
        <div className="flex items-center gap-2">
          {control}
          {label}
        </div>
      ) : (
        <>
          {label}
          {control}
        </>
      )}
      {hint ? (
        <p id={hintId} className="text-[11px] text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
