import type { Report } from "@/lib/simulator/schema";
import { formatAvailability, formatLatency, formatNumber, formatUsd } from "@/lib/report/format";

const CLASSES = [
  ["dynamicRead", "Dynamic reads"],
  ["write", "Writes"],
  ["staticRead", "Static reads"],
] as const;

/** Latency percentiles, availability and monthly cost of the design at peak. */
export function ServiceSummary({ report }: { report: Report }) {
  const { latency, availability, cost } = report;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div>
        <h3 className="font-semibold">Latency at peak</h3>
        <table className="mt-2 w-full text-left text-sm tabular-nums">
          <caption className="sr-only">Latency percentiles in milliseconds</caption>
          <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 font-medium">Class</th>
              <th scope="col" className="py-1 font-medium">p50</th>
              <th scope="col" className="py-1 font-medium">p95</th>
              <th scope="col" className="py-1 font-medium">p99</th>
            </tr>
          </thead>
          <tbody>
            {CLASSES.map(([key, label]) => (
              <tr key={key} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 font-normal">{label}</th>
                <td className="py-1">{formatLatency(latency[key].p50Ms)}</td>
                <td className="py-1">{formatLatency(latency[key].p95Ms)}</td>
                <td className="py-1">{formatLatency(latency[key].p99Ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3 className="font-semibold">Availability</h3>
        <p className="mt-2 text-2xl font-semibold tabular-nums">{formatAvailability(availability.estimate)}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          About {formatNumber(Math.round(availability.downtimeMinutesPerYear))} minutes of downtime a year
          {availability.limitedBy.length > 0 ? `, limited by ${availability.limitedBy.join(", ")}` : ""}.
        </p>
        <p className="mt-1 text-sm">
          {report.spofs.length === 0 ? "No single point of failure." : `Single points of failure: ${report.spofs.join(", ")}.`}
        </p>
      </div>
      <div>
        <h3 className="font-semibold">Cost</h3>
        <p className="mt-2 text-2xl font-semibold tabular-nums">
          {formatUsd(cost.monthlyUsd)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">a month</span>
        </p>
        {cost.lines.length > 0 ? (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-slate-600 dark:text-slate-400">By component</summary>
            <ul className="mt-1 space-y-1">
              {cost.lines.map((l) => (
                <li key={l.node}>
                  <span className="font-medium">{l.node}</span> {formatUsd(l.usd)} <span className="text-slate-500 dark:text-slate-400">— {l.basis}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </div>
  );
}
