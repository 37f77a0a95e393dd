"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { PreviewFactsPanel } from "@/components/author/preview-facts-panel";
import { Markdown } from "@/components/content/markdown";
import type { PreviewFact } from "@/lib/authoring/preview";
import { LoadingState } from "@/components/ui/loading-state";
import type { BoardValue } from "@/components/whiteboard/whiteboard";
import { foldEvents, type SessionState } from "@/lib/interview/fold";
import { itemWords } from "@/lib/report/checklist-words";
import { nodeLabels } from "@/lib/report/node-labels";
import type { PhaseBands, PhaseNumber } from "@/lib/interview/phases";
import { sessionClock } from "@/lib/interview/session-clock";
import type { SessionView } from "@/lib/sessions/operations";
import type { Report, Scenario } from "@/lib/simulator/schema";
import { REQUIREMENT_DEFAULTS } from "@/lib/simulator/requirements";
import { sheetRequirements } from "./board-requirements";
import { ChatPanel } from "./panels/chat-panel";
import { ChecklistPanel } from "./panels/checklist-panel";
import { Estimator } from "./panels/estimator";
import { FeedbackPanel } from "./panels/feedback-panel";
import { PhaseHeader } from "./panels/phase-header";
import { ProbeToast, useProbeToast } from "./panels/probe-toast";
import { RequirementsSheet } from "./panels/requirements-sheet";
import { SaveIndicator } from "./panels/save-indicator";
import { newEventId } from "./outbox";
import type { ScenarioRunResult } from "./panels/scenario-runner";
import { resultsToRestore } from "./restore-results";
import { Tabs } from "./tabs";
import { useSessionSync } from "./use-session-sync";
import { stillSignedIn } from "./still-signed-in";
import type { Translate } from "@/lib/i18n/translate";

// The heavy parts load with the tab that needs them, so opening the interview (phase 1: the
// problem and the chat) costs neither React Flow, nor Tiptap, nor the charts. The board and the
// editor measure the DOM, so they render in the browser only.
const Whiteboard = dynamic(() => import("@/components/whiteboard/whiteboard").then((module) => module.Whiteboard), {
  ssr: false,
  loading: () => <Loading which="whiteboard" />,
});
const NotesEditor = dynamic(() => import("@/components/editor/notes-editor").then((module) => module.NotesEditor), {
  ssr: false,
  loading: () => <Loading which="editor" />,
});
const ScenarioRunner = dynamic(() => import("./panels/scenario-runner").then((module) => module.ScenarioRunner), {
  loading: () => <Loading which="scenarioRunner" />,
});

function Loading({ which }: { which: "whiteboard" | "editor" | "scenarioRunner" }) {
  const t = useTranslations("interview.loading");
  return <LoadingState label={t(which)} />;
}

const DEFAULT_TAB: Record<PhaseNumber, string> = { 1: "interviewer", 2: "whiteboard", 3: "whiteboard", 4: "notes" };
const DESIGN_DEBOUNCE_MS = 500;
const RERUN_DEBOUNCE_MS = 900;
const REFRESH_EVERY_MS = 20_000;

type ProblemBody = { detail?: string; problems?: { path: string; message: string }[] };

async function problemText(response: Response, t: Translate): Promise<string> {
  if (response.status === 404 && !(await stillSignedIn())) return t("errors.signedOut");
  const body = (await response.json().catch(() => null)) as ProblemBody | null;
  const details = body?.problems?.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join("; ");
  return [body?.detail ?? t("errors.requestFailed"), details].filter(Boolean).join(" ");
}

/**
 * The interview page: folds the session's events into what the candidate sees, sends every
 * change through the outbox, and keeps the server's clock ticking locally between syncs.
 */
export function InterviewClient({ initial, previewFacts = null }: { initial: SessionView; previewFacts?: PreviewFact[] | null }) {
  const router = useRouter();
  const t = useTranslations("interview");
  const locale = useLocale();
  const sync = useSessionSync(initial);
  const { events, send, absorb, refresh } = sync;
  const state = useMemo(() => foldEvents(events), [events]);
  const bands = initial.prompt.bands as unknown as PhaseBands;

  // Until the page has hydrated, the clock reads the server's time of rendering, so the server's
  // HTML and the browser's first render agree; then it ticks locally, corrected by the offset.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, []);
  const clockMs = now === null ? new Date(initial.serverNow).getTime() : now + sync.serverOffsetMs;
  const clock = useMemo(
    () => sessionClock({ events, startedAt: new Date(initial.startedAt), now: new Date(clockMs), mode: initial.mode, bands, timeScale: initial.timeScale }),
    [events, clockMs, initial.startedAt, initial.mode, initial.timeScale, bands],
  );

  // The server decides timeouts and curveballs: ask it when the local clock says one is due,
  // and every 20 s anyway so another tab's changes show up.
  const lastRefresh = useRef(0);
  useEffect(() => {
    if (now === null) return;
    const due = clock.strictAdvanceDue || clock.timeUp || now - lastRefresh.current > REFRESH_EVERY_MS;
    if (!due || now - lastRefresh.current < 3000) return;
    lastRefresh.current = now;
    void refresh();
  }, [clock.strictAdvanceDue, clock.timeUp, now, refresh]);

  useEffect(() => {
    if (sync.sessionStatus === "SUBMITTED") router.replace(`/sessions/${initial.id}/report`);
  }, [sync.sessionStatus, router, initial.id]);

  const [tab, setTab] = useState(DEFAULT_TAB[state.phase]);
  const shownPhase = useRef(state.phase);
  useEffect(() => {
    if (shownPhase.current !== state.phase) {
      shownPhase.current = state.phase;
      setTab(DEFAULT_TAB[state.phase]);
    }
  }, [state.phase]);

  // A probe that arrives while the candidate is on another tab must be seen, not only counted.
  const { toast: probeToast, dismiss: dismissProbe } = useProbeToast(state.chat, tab === "interviewer");

  // The board is edited locally and saved as a snapshot once the candidate pauses.
  const [board, setBoard] = useState<BoardValue>(() => ({ design: state.design, layout: state.layout }));
  const designTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const boardRef = useRef(board);
  useEffect(() => {
    boardRef.current = board;
  }, [board]);
  const [boardDirty, setBoardDirty] = useState(false);
  // Notes are edited locally; each editor is seeded once, from the log and the restored outbox.
  const [initialNotes, setInitialNotes] = useState<SessionState["notes"] | null>(null);
  // Once the outbox of an earlier page load is restored, the board and the notes start from it.
  const restoredRef = useRef(false);
  useEffect(() => {
    if (!sync.restored || restoredRef.current) return;
    restoredRef.current = true;
    setBoard({ design: state.design, layout: state.layout });
    boardRef.current = { design: state.design, layout: state.layout };
    setInitialNotes(state.notes);
  }, [sync.restored, state]);
  const saveBoardNow = useCallback(() => {
    if (designTimer.current) clearTimeout(designTimer.current);
    designTimer.current = null;
    setBoardDirty(false);
    send({ type: "design_set", payload: { design: boardRef.current.design, layout: boardRef.current.layout } });
  }, [send]);

  // Leaving mid-edit: queue the board at once (the outbox persists it) rather than lose it.
  useEffect(() => {
    const leave = () => {
      if (designTimer.current) saveBoardNow();
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", leave);
    };
  }, [saveBoardNow]);

  const [report, setReport] = useState<Report | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const [feedbackPending, setFeedbackPending] = useState(false);
  const [stale, setStale] = useState(false);
  const rerunTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sheet = useMemo(() => sheetRequirements(state), [state]);
  const requirementsRef = useRef(sheet);
  useEffect(() => {
    requirementsRef.current = sheet;
  }, [sheet]);

  // After the first feedback, every edit re-runs the simulator in the background.
  const rerun = useCallback(async () => {
    const response = await fetch("/api/simulate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ version: 1, requirements: requirementsRef.current, design: boardRef.current.design }),
    }).catch(() => null);
    if (response?.ok) {
      setReport((await response.json()) as Report);
      setStale(false);
    }
  }, []);

  const onBoardChange = useCallback(
    (next: BoardValue) => {
      setBoard(next);
      boardRef.current = next;
      setBoardDirty(true);
      if (designTimer.current) clearTimeout(designTimer.current);
      designTimer.current = setTimeout(saveBoardNow, DESIGN_DEBOUNCE_MS);
      if (report) {
        setStale(true);
        if (rerunTimer.current) clearTimeout(rerunTimer.current);
        rerunTimer.current = setTimeout(() => void rerun(), RERUN_DEBOUNCE_MS);
      }
    },
    [report, rerun, saveBoardNow],
  );

  const pendingRef = useRef(sync.pending);
  useEffect(() => {
    pendingRef.current = sync.pending;
  }, [sync.pending]);

  /** Waits until every queued change is acknowledged, so the server simulates what is on screen. */
  const settle = useCallback(async () => {
    if (designTimer.current) saveBoardNow();
    for (let i = 0; i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (pendingRef.current === 0) return true;
    }
    return false;
  }, [saveBoardNow]);

  // After a reload: the last feedback (score, findings, utilisation colours) and the last scenario
  // run come back, and edits go on re-running the simulator without asking again.
  const [lastScenario, setLastScenario] = useState<{ scenario: Scenario; result: ScenarioRunResult } | null>(null);
  const restoreStarted = useRef(false);
  useEffect(() => {
    if (!sync.restored || restoreStarted.current) return;
    restoreStarted.current = true;
    const restore = resultsToRestore(events);
    if (!restore.feedback && !restore.scenario) return;
    void (async () => {
      const response = await fetch("/api/simulate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: 1, requirements: requirementsRef.current, design: boardRef.current.design, scenarios: restore.scenario ? [restore.scenario] : undefined }),
      }).catch(() => null);
      if (!response?.ok) return;
      const restored = (await response.json()) as Report;
      if (restore.feedback) {
        setReport((current) => current ?? restored);
        setReply((current) => current ?? restore.reply);
      }
      const run = restore.scenario ? restored.scenarios.find((entry) => entry.scenario.kind === restore.scenario?.kind) : undefined;
      if (restore.scenario && run) {
        setLastScenario({ scenario: restore.scenario, result: { servedShare: run.servedShare, p99Ms: run.p99Ms, summary: run.summary, timeline: run.timeline } });
      }
    })();
  }, [sync.restored, events]);

  const requestFeedback = useCallback(async () => {
    setFeedbackPending(true);
    await settle();
    const response = await fetch(`/api/sessions/${initial.id}/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ requestId: newEventId() }),
    }).catch(() => null);
    setFeedbackPending(false);
    if (!response) return setReply(t("errors.offlineFeedback"));
    if (!response.ok) return setReply(await problemText(response, t));
    const result = (await response.json()) as { report: Report; reply: string; events: typeof events };
    absorb(result.events);
    setReport(result.report);
    setReply(result.reply);
    setStale(false);
    // The do's and don'ts are judged on the server: fetch their verdicts on this run.
    void refresh();
  }, [absorb, initial.id, refresh, settle, t]);

  const runScenario = useCallback(
    async (scenario: Scenario) => {
      await settle();
      const response = await fetch(`/api/sessions/${initial.id}/scenarios`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ requestId: newEventId(), scenario }),
      }).catch(() => null);
      if (!response) return { error: t("errors.offlineScenario") };
      if (!response.ok) return { error: await problemText(response, t) };
      const { result, events: added } = (await response.json()) as { result: Report["scenarios"][number]; events: typeof events };
      absorb(added);
      void refresh();
      return { servedShare: result.servedShare, p99Ms: result.p99Ms, summary: result.summary, timeline: result.timeline };
    },
    [absorb, initial.id, refresh, settle, t],
  );

  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(async () => {
    setSubmitting(true);
    await settle();
    send({ type: "submitted", payload: { reason: "manual" } });
  }, [send, settle]);

  const nextPhase = useCallback(() => {
    if (state.phase === 4) return;
    if (designTimer.current) saveBoardNow();
    send({ type: "phase_advanced", payload: { from: state.phase, to: (state.phase + 1) as 2 | 3 | 4, reason: "manual" } });
  }, [saveBoardNow, send, state.phase]);

  const checklistItems = sync.checklist
    .filter((entry) => entry.phase === state.phase)
    .map((entry) => ({ item: entry.item, auto: entry.auto, ticked: state.ticks[entry.item.id] ?? entry.ticked }));
  // Nodes without a region run in the first user region (the simulator's rule): it can always fail.
  const homeRegion = sheet.userRegions?.[0] ?? REQUIREMENT_DEFAULTS.userRegions[0];
  const regions = [...new Set([homeRegion, ...board.design.nodes.flatMap((node) => (node.region ? [node.region] : []))])];
  const results = report ? { components: report.components, spofs: report.spofs } : null;
  const locked = sync.sessionStatus === "SUBMITTED" || clock.timeUp || submitting;

  const tabs = [
    { id: "interviewer", label: t("tabs.interviewer"), badge: state.chat.length || null },
    { id: "requirements", label: t("tabs.requirements"), badge: Object.keys(state.requirements).length || null },
    { id: "whiteboard", label: t("tabs.whiteboard"), badge: board.design.nodes.length || null },
    { id: "notes", label: t("tabs.notes") },
  ];

  return (
    <div className="space-y-4" data-interview-ready="">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            {t(initial.mode === "STRICT" ? "mode.STRICT" : "mode.PRACTICE")} · {t("version", { version: initial.prompt.version })}
            {previewFacts ? ` · ${t("previewNote")}` : ""}
          </p>
          <h1 className="text-xl font-semibold">{initial.prompt.title}</h1>
        </div>
        <SaveIndicator status={boardDirty && sync.status === "saved" ? "saving" : sync.status} pending={sync.pending + (boardDirty ? 1 : 0)} />
      </div>
      {probeToast ? (
        <ProbeToast
          message={probeToast}
          onAnswer={() => {
            setTab("interviewer");
            dismissProbe();
          }}
          onDismiss={dismissProbe}
        />
      ) : null}
      <PhaseHeader
        clock={clock}
        mode={initial.mode}
        bands={bands}
        onNextPhase={nextPhase}
        onSubmit={() => void submit()}
        submitting={submitting}
        pending={sync.checklist.filter((entry) => entry.auto?.status === "pending").map((entry) => ({ phase: entry.phase, text: itemWords(entry.item, locale).text }))}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium">{t("phaseIntro", { title: t(`phases.${state.phase}.title`) })}</span> {t(`phases.${state.phase}.guide`)}
      </p>
      {/* The board needs the full width; elsewhere the tools sit beside the workspace. */}
      <div className={`grid gap-6 ${tab === "whiteboard" ? "" : "lg:grid-cols-[minmax(0,1fr)_20rem]"}`}>
        <div className="min-w-0">
          <Tabs tabs={tabs} active={tab} onSelect={setTab} label={t("workspace")}>
            {tab === "interviewer" ? (
              <div className="space-y-4">
                <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" open={state.phase === 1}>
                  <summary className="cursor-pointer font-medium">{t("theProblem")}</summary>
                  <Markdown source={initial.prompt.statement} headingOffset={2} className="mt-2 space-y-2 text-sm" />
                </details>
                <ChatPanel messages={state.chat} onAsk={(text) => send({ type: "question_asked", payload: { text } })} disabled={locked} />
              </div>
            ) : null}
            {tab === "requirements" ? (
              <div className="space-y-6">
                <RequirementsSheet
                  requirements={state.requirements}
                  functional={state.functional}
                  onSetRequirement={(field, value, source) => send({ type: "requirement_set", payload: { field, value, source } })}
                  onSetFunctional={(items) => send({ type: "functional_set", payload: { items } })}
                />
                <Estimator
                  requirements={sheet}
                  estimates={state.estimates}
                  onSetEstimate={(field, value) => send({ type: "estimate_set", payload: { field, value } })}
                />
              </div>
            ) : null}
            {tab === "whiteboard" ? (
              <div className="space-y-4">
                <Whiteboard value={board} onChange={onBoardChange} results={results} readOnly={locked} />
              </div>
            ) : null}
            {tab === "notes" && initialNotes ? (
              <div className="space-y-6">
                {([1, 2, 3, 4] as PhaseNumber[])
                  .filter((phase) => phase <= state.phase)
                  .reverse()
                  .map((phase) => (
                    <NotesEditor
                      key={phase}
                      label={t("phaseNotes", { phase })}
                      value={initialNotes[phase].doc}
                      readOnly={locked}
                      onChange={(doc, text) => send({ type: "note_set", payload: { phase, doc, text: text.slice(0, 20_000) } })}
                    />
                  ))}
              </div>
            ) : null}
          </Tabs>
        </div>
        <aside className={tab === "whiteboard" ? "grid gap-6 lg:grid-cols-2 xl:grid-cols-3" : "space-y-6"} aria-label={t("tools")}>
          {previewFacts && tab !== "whiteboard" ? <PreviewFactsPanel facts={previewFacts} revealed={state.revealedFactIds} /> : null}
          {state.phase >= 2 ? (
            <FeedbackPanel report={report} reply={reply} pending={feedbackPending} stale={stale} onRequest={() => void requestFeedback()} conceptHref={(id) => `/concepts/${id}`} labels={nodeLabels(board.design.nodes)} />
          ) : null}
          {state.phase >= 3 ? <ScenarioRunner key={lastScenario ? "restored" : "new"} nodes={board.design.nodes} regions={regions} homeRegion={homeRegion} hotKeyShare={sheet.hotKeyShareOfReads} onRun={runScenario} lastRun={lastScenario} /> : null}
          <ChecklistPanel phase={state.phase} items={checklistItems} onTick={(itemId, checked) => send({ type: "checklist_ticked", payload: { itemId, checked } })} />
        </aside>
      </div>
    </div>
  );
}
