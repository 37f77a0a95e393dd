"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import type { BoardValue } from "@/components/whiteboard/whiteboard";
import type { DesignDocument, Report } from "@/lib/simulator/schema";
import { Section } from "./fields";

const Whiteboard = dynamic(() => import("@/components/whiteboard/whiteboard").then((module) => module.Whiteboard), {
  ssr: false,
  loading: () => <BoardLoading />,
});

function BoardLoading() {
  const t = useTranslations("author.reference");
  return <LoadingState label={t("loading")} />;
}

const RERUN_MS = 900;

type Score = { report: Report } | { error: string } | null;

/**
 * The reference design, drawn on the candidates' whiteboard, with the simulator's verdict at the
 * prompt's full requirements beside it: a model answer must meet them.
 */
export function ReferenceDesign({ board, onChange, scoring }: { board: BoardValue; onChange: (next: BoardValue) => void; scoring: DesignDocument }) {
  const t = useTranslations("author.reference");
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
      if (!response) return setScore({ error: t("unreachable") });
      const json = (await response.json().catch(() => null)) as (Report & { detail?: string; problems?: { path: string; message: string }[] }) | null;
      if (response.ok && json) setScore({ report: json });
      else setScore({ error: [json?.detail ?? t("notSimulated"), ...(json?.problems ?? []).slice(0, 3).map((p) => `${p.path}: ${p.message}`)].join(" ") });
    }, RERUN_MS);
    return () => clearTimeout(timer);
  }, [body, scoring.design.nodes.length, t]);

  const report = score && "report" in score ? score.report : null;
  const empty = scoring.design.nodes.length === 0;
  return (
    <Section title={t("title")}>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <Whiteboard value={board} onChange={onChange} results={report ? { components: report.components, spofs: report.spofs } : null} ariaLabel={t("board")} />
        </div>
        <aside aria-label={t("score")} aria-live="polite" className="space-y-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
          <h3 className="font-medium">{t("heading")}</h3>
          {empty ? <p className="text-slate-500">{t("empty")}</p> : null}
          {!empty && running ? <p className="text-slate-500">{t("simulating")}</p> : null}
          {!empty && score && "error" in score ? <p className="text-red-600">{score.error}</p> : null}
          {!empty && report ? (
            <>
              <p>
                {t.rich("scoreLine", {
                  score: Math.round(report.score.total),
                  max: report.score.max,
                  band: report.score.band,
                  strong: (chunks) => <strong data-testid="reference-score">{chunks}</strong>,
                })}
              </p>
              <p>{report.meetsRequirements ? t("meets") : t("doesNotMeet")}</p>
              {report.unmetRequirements.length > 0 ? (
                <ul className="list-disc pl-5">
                  {report.unmetRequirements.map((u) => (
                    <li key={u.requirement}>
                      {t("unmet", { requirement: u.requirement, target: JSON.stringify(u.target), actual: JSON.stringify(u.actual) })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {report.spofs.length > 0 ? <p>{t("spofs", { nodes: report.spofs.join(", ") })}</p> : null}
            </>
          ) : null}
        </aside>
      </div>
    </Section>
  );
}
