"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";
import { inputClass } from "@/components/ui/styles";

// Form controls of the prompt editor. Each is addressed by the field path the validator uses
// (`facts[2].answer`), so a problem reported for a path lands under its own input, announced
// and tied to it with aria-describedby.

export type Problems = ReadonlyMap<string, string>;
export const ProblemsContext = createContext<Problems>(new Map());

export function fieldId(path: string): string {
  return `fld-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

function useProblem(path: string): string | undefined {
  return useContext(ProblemsContext).get(path);
}

function Frame({ path, label, hint, children }: { path: string; label: string; hint?: string; children: (props: { id: string; describedBy?: string; invalid?: true }) => ReactNode }) {
  const id = fieldId(path);
  const error = useProblem(path);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextProps = { path: string; label: string; value: string; onChange: (value: string) => void; hint?: string; multiline?: boolean; lang?: string; rows?: number };

export function TextInput({ path, label, value, onChange, hint, multiline, lang, rows = 3 }: TextProps) {
  return (
    <Frame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea id={id} lang={lang} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        ) : (
          <input id={id} lang={lang} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )
      }
    </Frame>
  );
}

type NumberProps = { path: string; label: string; value: number | undefined; onChange: (value: number | undefined) => void; hint?: string; min?: number; max?: number; step?: number };

export function NumberInput({ path, label, value, onChange, hint, min, max, step }: NumberProps) {
  return (
    <Frame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step ?? "any"}
          value={value ?? ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Frame>
  );
}

type ListProps = { path: string; label: string; value: readonly string[]; onChange: (value: string[]) => void; hint?: string; separator: "comma" | "line"; lang?: string };

/**
 * A list typed as text (comma- or line-separated). The text stays as typed while focused, so a
 * half-typed "cache, " is not rewritten under the cursor; the list is what the parent holds.
 */
export function ListInput({ path, label, value, onChange, hint, separator, lang }: ListProps) {
  const join = separator === "comma" ? ", " : "\n";
  // While focused, the text as typed; otherwise the list as the parent holds it.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? value.join(join);
  const setText = (raw: string) => setTyped(raw);
  const split = (raw: string) =>
    raw
      .split(separator === "comma" ? "," : "\n")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  return (
    <Frame path={path} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => {
        const props = {
          id,
          lang,
          value: text,
          onFocus: () => setTyped(value.join(join)),
          onBlur: () => setTyped(null),
          "aria-describedby": describedBy,
          "aria-invalid": invalid,
          className: inputClass,
        };
        return separator === "line" ? (
          <textarea {...props} rows={Math.min(8, Math.max(2, value.length + 1))} onChange={(e) => (setText(e.target.value), onChange(split(e.target.value)))} />
        ) : (
          <input {...props} onChange={(e) => (setText(e.target.value), onChange(split(e.target.value)))} />
        );
      }}
    </Frame>
  );
}

/** English and Korean side by side; Korean may stay empty (English is shown instead). */
export function Bilingual({ path, koPath, label, en, ko, onEn, onKo, multiline }: { path: string; koPath: string; label: string; en: string; ko: string; onEn: (v: string) => void; onKo: (v: string) => void; multiline?: boolean }) {
  const t = useTranslations("author.fields");
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <TextInput path={path} label={t("english", { label })} value={en} onChange={onEn} multiline={multiline} lang="en" />
      <TextInput path={koPath} label={t("korean", { label })} value={ko} onChange={onKo} multiline={multiline} lang="ko" hint={t("koreanHint")} />
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = fieldId(`section-${title}`);
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
