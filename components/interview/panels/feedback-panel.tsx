"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { nodeName, withNodeLabels, type NodeLabels } from "@/lib/report/node-labels";
import type { Finding, Report } from "@/lib/simulator/schema";
import { buttonClass } from "@/components/ui/styles";
import { formatDowntime, formatMs, formatPercent, formatUsd } from "./format";

export type FeedbackPanelProps = {
  report: Report | null;
  reply: string | null;
  pending: boolean;
  stale: boolean;
  onRequest: () => void;
  conceptHref: (id: string) => string;
  /** The candidate's labels for board nodes, so findings name nodes as the board does. */
  labels?: NodeLabels;
};

const SEVERITY_ORDER: Record<Finding["severity"], number> = { critical: 0, warning: 1, info: 2 };

const SEVERITY_BADGE: Record<Finding["severity"], string> = {
  critical: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100",
  warning: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100",
  info: "bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100",
};

// Each class with its name's key in interview.feedbackPanel.
const LATENCY_CLASSES = [
  ["dynamicRead", "dynamicReads"],
  ["write", "writes"],
  ["staticRead", "staticReads"],
] as const;

// Percentile names are the same in every language.
const PERCENTILES = ["p50", "p95", "p99"] as const;

/** Findings most severe first; the report's own order breaks ties. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** A quick simulator run on the current board, with the interviewer's reaction. */
export function FeedbackPanel({ report, reply, pending, stale, onRequest, conceptHref, labels = {} }: FeedbackPanelProps) {
  const headingId = useId();
  const t = useTranslations("interview.feedbackPanel");
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
          {t("title")}
        </h2>
        <button type="button" className={buttonClass.secondary} onClick={onRequest} disabled={pending}>
          {t("ask")}
        </button>
      </div>

      <div role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {pending ? (
          <span className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 dark:border-slate-600 dark:border-t-brand-500"
            />
            {t("running")}
          </span>
        ) : null}
      </div>

      {stale && (report || reply) ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          {t("stale")}
        </p>
      ) : null}

      {reply ? (
        <figure className="space-y-1">
          <blockquote className="border-l-4 border-brand-500 pl-3 text-sm whitespace-pre-wrap text-slate-800 italic dark:text-slate-200">
            {reply}
          </blockquote>
          <figcaption className="text-xs text-slate-500 dark:text-slate-400">{t("byInterviewer")}</figcaption>
        </figure>
      ) : null}

      {report ? <ReportSummary report={report} conceptHref={conceptHref} labels={labels} /> : null}
      {!report && !pending ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {t("empty")}
        </p>
      ) : null}
    </section>
  );
}

function ReportSummary({ report, conceptHref, labels }: { report: Report; conceptHref: (id: string) => string; labels: NodeLabels }) {
  const t = useTranslations("interview.feedbackPanel");
  const tInterview = useTranslations("interview");
  const findings = sortFindings(report.findings);
  return (
    <div className="space-y-4 text-sm">
      <p className="text-base">
        {t.rich("score", {
          score: Math.round(report.score.total),
          max: report.score.max,
          strong: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
        })}{" "}
        <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-100">
          {report.score.band}
        </span>
      </p>

      <table className="w-full">
        <caption className="mb-1 text-left text-xs font-semibold text-slate-600 dark:text-slate-400">{t("latency")}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-500 dark:text-slate-400">
            <th scope="col" className="font-medium">{t("class")}</th>
            {PERCENTILES.map((name) => (
              <th key={name} scope="col" className="font-medium">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LATENCY_CLASSES.map(([key, label]) => {
            const p = report.latency[key];
            return (
              <tr key={key} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 text-left font-normal">
                  {t(label)}
                </th>
                <td className="tabular-nums">{formatMs(p.p50Ms, tInterview)}</td>
                <td className="tabular-nums">{formatMs(p.p95Ms, tInterview)}</td>
                <td className="tabular-nums">{formatMs(p.p99Ms, tInterview)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600 dark:text-slate-400">{t("availability")}</dt>
        <dd className="tabular-nums">{formatPercent(report.availability.estimate, 3)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("downtime")}</dt>
        <dd className="tabular-nums">{formatDowntime(report.availability.downtimeMinutesPerYear, tInterview)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("spofs")}</dt>
        <dd>{report.spofs.length === 0 ? t("none") : report.spofs.map((id) => nodeName(id, labels)).join(", ")}</dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("cost")}</dt>
        <dd className="tabular-nums">{formatUsd(report.cost.monthlyUsd)}</dd>
      </dl>

      <div className="space-y-2">
        <h3 className="text-xs font-semibold text-slate-600 dark:text-slate-400">{t("findings")}</h3>
        {findings.length === 0 ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">{t("noFindings")}</p>
        ) : (
          <ul className="space-y-2">
            {findings.map((f, index) => (
              <li key={`${f.id}-${index}`} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                <span className={`mr-2 rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${SEVERITY_BADGE[f.severity]}`}>
                  {f.severity}
                </span>
                <span>{withNodeLabels(f.message, labels)}</span>
                {f.concept ? (
                  <Link
                    href={conceptHref(f.concept)}
                    className="ml-2 text-xs font-medium whitespace-nowrap text-brand-600 underline hover:text-brand-700 dark:text-brand-500"
                  >
                    {t("learn", { concept: f.concept })}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
