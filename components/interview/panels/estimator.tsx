"use client";

import { useId, useMemo, useState } from "react";
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

export const ESTIMATE_FIELD_UI: Record<CandidateEstimateField, { label: string; format: (v: number) => string }> = {
  readQps: { label: "Your read QPS", format: formatRate },
  writeQps: { label: "Your write QPS", format: formatRate },
  peakQps: { label: "Your peak QPS", format: formatRate },
  storageBytesPerDay: { label: "Your storage per day (bytes)", format: formatBytesPerDay },
  storageBytesOverRetention: { label: "Your storage over retention (bytes)", format: formatBytes },
  egressBytesPerSecond: { label: "Your egress (bytes/s)", format: formatBytesPerSecond },
};

/** The simulator's back-of-the-envelope numbers, live, beside the candidate's own. */
export function Estimator({ requirements, estimates, onSetEstimate }: EstimatorProps) {
  const e = useMemo(() => estimate(requirements), [requirements]);
  const noUsers = !(requirements.dailyActiveUsers && requirements.dailyActiveUsers > 0);
  // Without users there is no load to estimate: a dash, not a misleading "0 B".
  const shown = <T,>(format: (v: T) => string) => (v: T) => (noUsers ? "—" : format(v));
  const rate = shown(formatRate);
  const rows: [string, string, string][] = [
    ["Dynamic reads", rate(e.readQps.average), rate(e.readQps.peak)],
    ["Static reads", rate(e.staticQps.average), rate(e.staticQps.peak)],
    ["Writes", rate(e.writeQps.average), rate(e.writeQps.peak)],
  ];

  return (
    <section aria-label="Estimates" className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">The simulator&apos;s estimate</h3>
        {noUsers ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Fill in daily active users and requests per user on the requirements sheet to see the load.
          </p>
        ) : null}
        <table className="w-full text-sm">
          <caption className="sr-only">Requests per second from the requirements</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500 dark:text-slate-400">
              <th scope="col" className="py-1 font-medium">Requests</th>
              <th scope="col" className="py-1 font-medium">Average</th>
              <th scope="col" className="py-1 font-medium">Peak</th>
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
          <dt className="text-slate-600 dark:text-slate-400">Storage per day</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerDay)(e.storageBytesPerDay)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Storage over retention</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytes)(e.storageBytesOverRetention)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Ingress</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerSecond)(e.ingressBytesPerSecond)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Egress</dt>
          <dd className="font-mono tabular-nums">{shown(formatBytesPerSecond)(e.egressBytesPerSecond)}</dd>
        </dl>
      </div>

      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">Your estimates</h3>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Plain numbers or with a unit: 3500, 3.5k, 20M, 2e12, 2TB. Read QPS counts all reads; peak QPS counts every
          request at peak.
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

function readEstimate(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const parsed = parseQuantity(text);
  if (parsed.ok && parsed.value !== null && parsed.value < 0) return { ok: false, message: "Must be 0 or more." };
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
  const ui = ESTIMATE_FIELD_UI[field];
  const [draft, setDraft] = useState<string | null>(null);
  const read = draft === null ? null : readEstimate(draft);
  const error = read && !read.ok ? read.message : null;

  const commit = () => {
    if (draft === null) return;
    const next = readEstimate(draft);
    if (!next.ok) return;
    if ((next.value ?? undefined) !== value) onCommit(next.value);
    setDraft(null);
  };

  const comparison = value === undefined ? null : compareEstimate(value, simulator);
  const statusId = `${id}-status`;

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {ui.label}
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
            <span className="font-mono tabular-nums text-slate-600 dark:text-slate-400">= {ui.format(value)}</span>{" "}
            {comparison.within2x ? (
              <span className="font-medium text-emerald-700 dark:text-emerald-400">
                <span aria-hidden="true">✓ </span>within 2× of the simulator
              </span>
            ) : (
              <span className="font-medium text-amber-700 dark:text-amber-400">
                <span aria-hidden="true">! </span>
                {comparison.ratio === null
                  ? `the simulator says 0 (${formatCount(value)} given)`
                  : `${formatRatio(comparison.ratio)} the simulator — not within 2×`}
              </span>
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
