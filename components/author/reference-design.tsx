"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import type { BoardValue } from "@/components/whiteboard/whiteboard";
import type { DesignDocument, Report } from "@/lib/simulator/schema";
import { Section } from "./fields";

const Whiteboard = dynamic(() => import("@/components/whiteboard/whiteboard").then((module) => module.Whiteboard), {
  ssr: false,
  loading: () => <LoadingState label="Loading the whiteboard…" />,
});

const RERUN_MS = 900;

type Score = { report: Report } | { error: string } | null;

/**
 * The reference design, drawn on the candidates' whiteboard, with the simulator's verdict at the
 * prompt's full requirements beside it: a model answer must meet them.
 */
export function ReferenceDesign({ board, onChange, scoring }: { board: BoardValue; onChange: (next: BoardValue) => void; scoring: DesignDocument }) {
  const [score, setScore] = useState<Score>(null);
  const [running, setRunning] = useState(false);
  const request = useRef(0);
  const body = JSON.stringify(scoring);

  useEffect(() => {
    if (scoring.design.nodes.length === 0) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setRunning(true);
      const response = await fetch("/api/simulate", { method: "POST", headers: { "content-type": "application/json" }, body }).catch(() => null);
      if (ticket !== request.current) return;
      setRunning(false);
      if (!response) return setScore({ error: "The simulator could not be reached." });
      const json = (await response.json().catch(() => null)) as (Report & { detail?: string; problems?: { path: string; message: string }[] }) | null;
      if (response.ok && json) setScore({ report: json });
      else setScore({ error: [json?.detail ?? "The design could not be simulated.", ...(json?.problems ?? []).slice(0, 3).map((p) => `${p.path}: ${p.message}`)].join(" ") });
    }, RERUN_MS);
    return () => clearTimeout(timer);
  }, [body, scoring.design.nodes.length]);

  const report = score && "report" in score ? score.report : null;
  const empty = scoring.design.nodes.length === 0;
  return (
    <Section title="Reference design">
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <Whiteboard value={board} onChange={onChange} results={report ? { components: report.components, spofs: report.spofs } : null} ariaLabel="Reference design whiteboard" />
        </div>
        <aside aria-label="Reference design score" aria-live="polite" className="space-y-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
          <h3 className="font-medium">Simulator, at the full requirements</h3>
          {empty ? <p className="text-slate-500">Draw the design to score it.</p> : null}
          {!empty && running ? <p className="text-slate-500">Simulating…</p> : null}
          {!empty && score && "error" in score ? <p className="text-red-600">{score.error}</p> : null}
          {!empty && report ? (
            <>
              <p>
                Score <strong data-testid="reference-score">{Math.round(report.score.total)}</strong> of {report.score.max} · {report.score.band}
              </p>
              <p>{report.meetsRequirements ? "Meets the full requirements." : "Does not meet the full requirements:"}</p>
              {report.unmetRequirements.length > 0 ? (
                <ul className="list-disc pl-5">
                  {report.unmetRequirements.map((u) => (
                    <li key={u.requirement}>
                      {u.requirement}: needs {JSON.stringify(u.target)}, gets {JSON.stringify(u.actual)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {report.spofs.length > 0 ? <p>Single points of failure: {report.spofs.join(", ")}</p> : null}
            </>
          ) : null}
        </aside>
      </div>
    </Section>
  );
}
