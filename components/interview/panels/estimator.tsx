"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { Translate } from "@/lib/i18n/translate";
import { CANDIDATE_ESTIMATE_FIELDS, type CandidateEstimateField, type CandidateEstimates } from "@/lib/interview/events";
import { estimate } from "@/lib/simulator/estimate";
import type { Requirements } from "@/lib/simulator/schema";
import { inputClass } from "@/components/ui/styles";
import {
  compareEstimate,
  formatBytes,
  formatBytesPerDay,
  formatBytesPerSecond,
  formatCount,
  formatRate,
  formatRatio,
  parseQuantity,
  simulatorFigure,
} from "./format";

export type EstimatorProps = {
  requirements: Requirements;
  estimates: CandidateEstimates;
  onSetEstimate: (field: CandidateEstimateField, value: number | null) => void;
};

/** `label` is the English copy (the replay's fallback); the estimator shows interview.estimator.fields.<field>. */
export const ESTIMATE_FIELD_UI: Record<CandidateEstimateField, { label: string; format: (v: number, t: Translate) => string }> = {
  readQps: { label: "Your read QPS", format: formatRate },
  writeQps: { label: "Your write QPS", format: formatRate },
  peakQps: { label: "Your peak QPS", format: formatRate },
  storageBytesPerDay: { label: "Your storage per day (bytes)", format: formatBytesPerDay },
  storageBytesOverRetention: { label: "Your storage over retention (bytes)", format: formatBytes },
  egressBytesPerSecond: { label: "Your egress (bytes/s)", format: formatBytesPerSecond },
};

// A decorative mark beside words that say the same (not text to translate).
const CHECK_MARK = "✓ ";

/** The simulator's back-of-the-envelope numbers, live, beside the candidate's own. */
export function Estimator({ requirements, estimates, onSetEstimate }: EstimatorProps) {
  const t = useTranslations("interview");
  const e = useMemo(() => estimate(requirements), [requirements]);
  const noUsers = !(requirements.dailyActiveUsers && requirements.dailyActiveUsers > 0);
  // Without users there is no load to estimate: a dash, not a misleading "0 B".
  const shown = (format: (v: number, t: Translate) => string) => (v: number) => (noUsers ? "—" : format(v, t));
  const rate = shown(formatRate);
  const rows: [string, string, string][] = [
    [t("estimator.dynamicReads"), rate(e.readQps.average), rate(e.readQps.peak)],
    [t("estimator.staticReads"), rate(e.staticQps.average), rate(e.staticQps.peak)],
    [t("estimator.writes"), rate(e.writeQps.average), rate(e.writeQps.peak)],
  ];

  return (
    <section aria-label={t("estimator.label")} className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{t("estimator.simulatorTitle")}</h3>
        {noUsers ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {t("estimator.noUsers")}
          </p>
        ) : null}
        <table className="w-full text-sm">
          <caption className="sr-only">{t("estimator.caption")}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500 dark:text-slate-400">
              <th scope="col" className="py-1 font-medium">{t("estimator.requests")}</th>
              <th scope="col" className="py-1 font-medium">{t("estimator.average")}</th>
              <th scope="col" className="py-1 font-medium">{t("estimator.peak")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, average, peak]) => (
              <tr key={name} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 text-left font-normal text-slate-700 dark:text-slate-300">
                  {name}
                </th>
                <td className="py-1 font-mono tabular-nums">{average}</td>
                <td className="py-1 font-mono tabular-nums">{peak}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">{t("estimator.storagePerDay")}</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerDay)(e.storageBytesPerDay)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{t("estimator.storageOverRetention")}</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytes)(e.storageBytesOverRetention)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{t("estimator.ingress")}</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerSecond)(e.ingressBytesPerSecond)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{t("estimator.egress")}</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerSecond)(e.egressBytesPerSecond)}</dd>
        </dl>
      </div>

      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{t("estimator.yourTitle")}</h3>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {t("estimator.help")}
        </p>
        {CANDIDATE_ESTIMATE_FIELDS.map((field) => (
          <EstimateInput
            key={field}
            field={field}
            value={estimates[field]}
            simulator={simulatorFigure(field, e)}
            onCommit={(value) => onSetEstimate(field, value)}
          />
        ))}
      </div>
    </section>
  );
}

function readEstimate(text: string, t: Translate): { ok: true; value: number | null } | { ok: false; message: string } {
  const parsed = parseQuantity(text, t);
  if (parsed.ok && parsed.value !== null && parsed.value < 0) return { ok: false, message: t("quantity.notNegative") };
  return parsed;
}

function EstimateInput({
  field,
  value,
  simulator,
  onCommit,
}: {
  field: CandidateEstimateField;
  value: number | undefined;
  simulator: number;
  onCommit: (value: number | null) => void;
}) {
  const id = useId();
  const t = useTranslations("interview");
  const ui = ESTIMATE_FIELD_UI[field];
  const [draft, setDraft] = useState<string | null>(null);
  const read = draft === null ? null : readEstimate(draft, t);
  const error = read && !read.ok ? read.message : null;

  const commit = () => {
    if (draft === null) return;
    const next = readEstimate(draft, t);
    if (!next.ok) return;
    if ((next.value ?? undefined) !== value) onCommit(next.value);
    setDraft(null);
  };

  const comparison = value === undefined ? null : compareEstimate(value, simulator);
  const statusId = `${id}-status`;

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t(`estimator.fields.${field}`)}
      </label>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft ?? (value === undefined ? "" : String(value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || comparison ? statusId : undefined}
          className={`${inputClass} max-w-48`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit();
            } else if (event.key === "Escape") {
              setDraft(null);
            }
          }}
        />
        {error ? (
          <p id={statusId} className="text-xs text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : comparison && value !== undefined ? (
          <p id={statusId} className="text-xs">
            <span className="font-mono tabular-nums text-slate-600 dark:text-slate-400">{t("estimator.equals", { value: ui.format(value, t) })}</span>{" "}
            {comparison.within2x ? (
              <span className="font-medium text-emerald-700 dark:text-emerald-400">
                <span aria-hidden="true">{CHECK_MARK}</span>{t("estimator.within")}
              </span>
            ) : (
              <span className="font-medium text-amber-700 dark:text-amber-400">
                <span aria-hidden="true">! </span>
                {comparison.ratio === null
                  ? t("estimator.simulatorZero", { given: formatCount(value) })
                  : t("estimator.ratio", { ratio: formatRatio(comparison.ratio) })}
              </span>
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
