"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { EVENT_LIMITS } from "@/lib/interview/events";
import type { SessionState } from "@/lib/interview/fold";
import type { RequirementField } from "@/lib/simulator/schema";
import { buttonClass, inputClass } from "@/components/ui/styles";
import {
  NON_FUNCTIONAL_FIELDS,
  REQUIREMENT_FIELD_UI,
  displayRequirement,
  readRequirementDraft,
  sameRequirement,
  type RequirementValue,
} from "./requirement-fields";

export type RequirementsSheetProps = {
  requirements: SessionState["requirements"];
  functional: string[];
  onSetRequirement: (field: RequirementField, value: RequirementValue | null, source: "assumption") => void;
  onSetFunctional: (items: string[]) => void;
};

/** The functional list and the typed non-functional requirements the simulator will use. */
export function RequirementsSheet({ requirements, functional, onSetRequirement, onSetFunctional }: RequirementsSheetProps) {
  const t = useTranslations("interview.requirements");
  return (
    <section aria-label={t("label")} className="space-y-6">
      <FunctionalList items={functional} onChange={onSetFunctional} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800 dark:text-slate-200">{t("nonFunctional")}</legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {t("nonFunctionalHelp")}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {NON_FUNCTIONAL_FIELDS.map((field) => (
            <RequirementInput
              key={field}
              field={field}
              entry={requirements[field]}
              onCommit={(value) => onSetRequirement(field, value, "assumption")}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function FunctionalList({ items, onChange }: { items: string[]; onChange: (items: string[]) => void }) {
  const id = useId();
  const t = useTranslations("interview.requirements");
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const text = draft.trim();
    if (text === "") return setError(t("writeFirst"));
    if (text.length > EVENT_LIMITS.functionalItemChars) {
      return setError(t("maxChars", { max: EVENT_LIMITS.functionalItemChars }));
    }
    if (items.length >= EVENT_LIMITS.functionalItems) return setError(t("maxItems", { max: EVENT_LIMITS.functionalItems }));
    if (items.includes(text)) return setError(t("duplicate"));
    onChange([...items, text]);
    setDraft("");
    setError(null);
  };

  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{t("functional")}</h3>
      {items.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">{t("functionalEmpty")}</p>
      ) : (
        <ul className="space-y-1">
          {items.map((item, index) => (
            <li
              key={`${index}-${item}`}
              className="flex items-start justify-between gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm dark:border-slate-700"
            >
              <span className="break-words">{item}</span>
              <button
                type="button"
                aria-label={t("remove", { item })}
                className="rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-red-400"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex items-start gap-2">
        <div className="flex-1 space-y-1">
          <label htmlFor={`${id}-new`} className="sr-only">
            {t("newLabel")}
          </label>
          <input
            id={`${id}-new`}
            type="text"
            value={draft}
            placeholder={t("newPlaceholder")}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={inputClass}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.nativeEvent.isComposing) {
                event.preventDefault();
                add();
              }
            }}
          />
          {error ? (
            <p id={`${id}-error`} className="text-xs text-red-600 dark:text-red-400">
              {error}
            </p>
          ) : null}
        </div>
        <button type="button" className={buttonClass.secondary} onClick={add}>
          {t("add")}
        </button>
      </div>
    </div>
  );
}

function SourceBadge({ source }: { source: "fact" | "assumption" | undefined }) {
  const t = useTranslations("interview.requirements");
  if (!source) return null;
  return source === "fact" ? (
    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-[11px] font-medium text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
      {t("fromInterviewer")}
    </span>
  ) : (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-[11px] font-medium text-amber-800 dark:bg-amber-900 dark:text-amber-200">
      {t("assumption")}
    </span>
  );
}

type Entry = SessionState["requirements"][RequirementField];

/**
 * One field. What the candidate types stays a local draft until blur or Enter; only a valid
 * draft that differs from the stored value is sent. The field shows the stored value again
 * once committed, so a fact the interviewer reveals later appears in it.
 */
function RequirementInput({ field, entry, onCommit }: { field: RequirementField; entry: Entry; onCommit: (value: RequirementValue | null) => void }) {
  const id = useId();
  const t = useTranslations("interview");
  const ui = REQUIREMENT_FIELD_UI[field];
  const hint = ui.hint ? t(`requirements.fields.${field}.hint`) : "";
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? displayRequirement(entry?.value);
  const result = draft === null ? null : readRequirementDraft(field, draft, t);
  const error = result && !result.ok ? result.message : null;

  const commit = (raw: string | null = draft) => {
    if (raw === null) return;
    const read = readRequirementDraft(field, raw, t);
    if (!read.ok) return; // keep the draft and its message; nothing is sent while invalid
    if (!sameRequirement(read.value, entry?.value)) onCommit(read.value);
    setDraft(null);
  };

  const describedBy = [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const labelRow = (
    <div className="flex items-center justify-between gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {t(`requirements.fields.${field}.label`)}
      </label>
      <SourceBadge source={entry?.source} />
    </div>
  );

  if (ui.kind === "choice") {
    return (
      <div className="space-y-1">
        {labelRow}
        <select
          id={id}
          className={inputClass}
          value={typeof entry?.value === "string" ? entry.value : ""}
          onChange={(event) => commit(event.target.value)}
        >
          <option value="">{t("requirements.notSet")}</option>
          <option value="eventual">{t("requirements.consistency.eventual")}</option>
          <option value="strong">{t("requirements.consistency.strong")}</option>
        </select>
      </div>
    );
  }

  return (
    <div className="space-y-1">
      {labelRow}
      <input
        id={id}
        type="text"
        inputMode={ui.kind === "number" ? "decimal" : "text"}
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => commit()}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !event.nativeEvent.isComposing) {
            event.preventDefault();
            commit();
          } else if (event.key === "Escape") {
            setDraft(null);
          }
        }}
      />
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
