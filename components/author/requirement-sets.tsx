"use client";

import { REQUIREMENT_FIELD_UI } from "@/components/interview/panels/requirement-fields";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { REQUIREMENT_FIELDS, type RequirementField } from "@/lib/simulator/schema";
import { ListInput, NumberInput, ProblemsContext, fieldId } from "./fields";
import { useTranslations } from "next-intl";
import { useContext } from "react";

/**
 * The requirement fields a fact (or curveball) sets, each with an input of its own type: a
 * number, a list of regions, or a choice. Only fields not already listed can be added.
 */
export function RequirementSets({ path, owner, sets, onChange }: { path: string; owner: string; sets: Record<string, unknown>; onChange: (sets: Record<string, unknown>) => void }) {
  const problems = useContext(ProblemsContext);
  const t = useTranslations("author.sets");
  const tInterview = useTranslations("interview");
  const fieldLabel = (field: string) => (field in REQUIREMENT_FIELD_UI ? tInterview(`requirements.fields.${field}.label`) : field);
  const used = Object.keys(sets);
  const free = REQUIREMENT_FIELDS.filter((field) => !used.includes(field));
  const set = (field: string, value: unknown) => onChange({ ...sets, [field]: value });
  const remove = (field: string) => onChange(Object.fromEntries(Object.entries(sets).filter(([key]) => key !== field)));
  const addId = fieldId(`${path}-add`);
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">{t("legend", { owner })}</legend>
      {used.length === 0 ? <p className="text-xs text-slate-500">{t("none")}</p> : null}
      {used.map((field) => {
        const ui = REQUIREMENT_FIELD_UI[field as RequirementField];
        const fieldPath = `${path}.${field}`;
        const label = t("label", { field: fieldLabel(field), owner });
        const hint = ui?.hint ? tInterview(`requirements.fields.${field}.hint`) : undefined;
        const value = sets[field];
        return (
          <div key={field} className="flex items-end gap-2">
            <div className="flex-1">
              {ui?.kind === "list" ? (
                <ListInput path={fieldPath} label={label} value={Array.isArray(value) ? (value as string[]) : []} onChange={(v) => set(field, v)} separator="comma" hint={hint} />
              ) : ui?.kind === "choice" ? (
                <div className="space-y-1">
                  <label htmlFor={fieldId(fieldPath)} className="block text-sm font-medium">
                    {label}
                  </label>
                  <select id={fieldId(fieldPath)} className={inputClass} value={String(value ?? "eventual")} onChange={(e) => set(field, e.target.value)} aria-invalid={problems.has(fieldPath) || undefined}>
                    <option value="eventual">{tInterview("requirements.consistency.eventual")}</option>
                    <option value="strong">{tInterview("requirements.consistency.strong")}</option>
                  </select>
                  {problems.get(fieldPath) ? <p className="text-sm text-red-600">{problems.get(fieldPath)}</p> : null}
                </div>
              ) : (
                <NumberInput path={fieldPath} label={label} value={typeof value === "number" ? value : undefined} onChange={(v) => set(field, v ?? null)} hint={hint} />
              )}
            </div>
            <button type="button" className={buttonClass.ghost} onClick={() => remove(field)}>
              {t.rich("remove", { label, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
            </button>
          </div>
        );
      })}
      {free.length > 0 ? (
        <div className="flex items-center gap-2">
          <label htmlFor={addId} className="text-sm">
            {t("add", { owner })}
          </label>
          <select
            id={addId}
            className={`${inputClass} w-auto`}
            value=""
            onChange={(e) => {
              const field = e.target.value as RequirementField;
              if (!field) return;
              const kind = REQUIREMENT_FIELD_UI[field].kind;
              set(field, kind === "list" ? [] : kind === "choice" ? "eventual" : null);
            }}
          >
            <option value="">{t("choose")}</option>
            {free.map((field) => (
              <option key={field} value={field}>
                {fieldLabel(field)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
