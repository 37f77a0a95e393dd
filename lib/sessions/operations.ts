import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Clock } from "@/lib/interview/clock";
import type { ClientEvent, InterviewEvent } from "@/lib/interview/events";
import { runSimulation } from "@/lib/simulation/run-simulation";
import { validateDesignDocument } from "@/lib/simulator";
import type { Report, Scenario } from "@/lib/simulator/schema";
import { evaluateChecklists, type ChecklistEntry } from "./checklist";
import { phaseChecklists } from "./content";
import { sessionDesignDocument, sessionRequirements } from "./design-document";
import { feedbackReply, spokenLocale } from "./interviewer";
import { appendInOneStatement } from "./append-in-one-statement";
import { applyClientEvents, type AppendResult } from "./client-events";
import { rowsToEvents } from "./event-rows";
import { loadOwnedSessionLog } from "./load-session";
import { assertNoConflictingResends } from "./same-event";
import { promptBands } from "./session-clock";
import { extendLogSummary, extendLogSummaryWithStored, isComplete, summarizeLog } from "./session-log";
import { cacheLogSummary, cachedLogSummary } from "./session-log-cache";
import { LiveSession } from "./sync-session";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localizePrompt } from "@/lib/prompts/localize";
import { text } from "@/lib/simulator/text-tree";

type Who = { sessionId: string; userId: string; now: Date; timeScale: number };

export type SessionView = {
  id: string;
  mode: "STRICT" | "PRACTICE";
  status: "ACTIVE" | "SUBMITTED";
  serverNow: string;
  timeScale: number;
  startedAt: string;
  prompt: { slug: string; title: string; statement: string; version: number; bands: [number, number][] };
  events: InterviewEvent[];
  clock: Clock;
  checklist: ChecklistEntry[];
};

/** The session with its whole log (for reading it: the view returns every event). */
async function live(client: PrismaClient, who: Who): Promise<LiveSession> {
  const { head, rows } = await loadOwnedSessionLog(client, who.sessionId, who.userId, -1);
  // The log is read anyway: the next autosave starts from its summary.
  cacheLogSummary(client, who.sessionId, summarizeLog(rows), head);
  const current = new LiveSession(client, { ...head, events: rowsToEvents(rows) }, who.now, who.timeScale);
  await current.tick();
  return current;
}

/**
 * The session for a request that changes it: from the summary this process has of its log,
 * brought up to date with the rows stored since (./session-log.ts), so an autosave reads and
 * validates only what is new. A summary that missed a row, or none, is built from the whole log.
 */
export async function liveForChange(client: PrismaClient, who: Who): Promise<LiveSession> {
  const cached = cachedLogSummary(client, who.sessionId);
  let read = await loadOwnedSessionLog(client, who.sessionId, who.userId, cached?.cursor ?? -1);
  let summary = cached ? extendLogSummary(cached, read.rows) : summarizeLog(read.rows);
  if (!isComplete(summary, read.rowCount)) {
    read = await loadOwnedSessionLog(client, who.sessionId, who.userId, -1);
    summary = summarizeLog(read.rows);
  }
  cacheLogSummary(client, who.sessionId, summary, read.head);
  const current = new LiveSession(client, read.head, who.now, who.timeScale, summary);
  await current.tick();
  return current;
}

async function view(current: LiveSession, locale: Locale): Promise<SessionView> {
  const { session } = current;
  // The prompt's title and statement in the reader's language where it has them.
  const shown = localizePrompt(session.prompt, locale).prompt;
  const clock = current.clock();
  const bands = promptBands(session.prompt);
  return {
    id: session.id,
    mode: session.mode,
    status: session.status,
    serverNow: current.now.toISOString(),
    timeScale: current.timeScale,
    startedAt: session.startedAt.toISOString(),
    // Only what the candidate may see: facts, probes and the reference design stay on the server.
    prompt: {
      slug: session.prompt.slug,
      title: shown.title,
      statement: shown.statement,
      version: session.promptVersion,
      bands: bands.map(([min, max]) => [min, max]),
    },
    events: [...current.events],
    clock,
    checklist: evaluateChecklists(await phaseChecklists(), current.events, current.state, clock, session.prompt, bands),
  };
}

/** GET a session: strict timeouts and curveballs are applied first, so every reader sees the same clock. */
export async function getSessionView(client: PrismaClient, who: Who, locale: Locale = defaultLocale): Promise<SessionView> {
  return view(await live(client, who), locale);
}

export type { AppendResult };

/**
 * Appends the candidate's events in order, idempotently: an id already in the log is
 * acknowledged without a second row, so the client can retry until it hears back; the same id
 * with a different event is a 409 naming it (./same-event.ts). The server
 * reacts where the interviewer would: questions are answered, probes asked, submission scored.
 */
export async function appendClientEvents(client: PrismaClient, who: Who, events: ClientEvent[]): Promise<AppendResult> {
  // Most autosaves: one statement, from what this process already knows of the session.
  const quick = await appendInOneStatement(client, who, events);
  if (quick) return quick;
  const current = await liveForChange(client, who);
  assertNoConflictingResends(await current.storedEvents(events.map((event) => event.id)), events);
  const result = await applyClientEvents(current, events);
  // What this request stored goes into the summary, so the next autosave can take one statement.
  const summary = cachedLogSummary(client, who.sessionId);
  if (summary) extendLogSummaryWithStored(summary, current.storedRows());
  return result;
}

function requireActive(current: LiveSession) {
  if (current.submitted) throw new AppError("conflict", text("problems.detail.interviewSubmitted"));
}

/** Validates the board as a design document under the clarified requirements. */
function boardDocument(current: LiveSession, scenarios?: Scenario[]) {
  const requirements = sessionRequirements(current.session.prompt, current.state);
  const result = validateDesignDocument(sessionDesignDocument(current.state, requirements, { scenarios }));
  if (!result.ok) {
    // Each problem keeps its text, so a Korean reader reads why the board cannot run in Korean.
    throw new AppError("bad_request", text("problems.detail.boardNotSimulable"), {
      problems: result.problems.map((problem) => ({ path: problem.path, message: problem.message, text: problem.text })),
    });
  }
  return result.document;
}

export type FeedbackResult = { report: Report; reply: string; events: InterviewEvent[] };

/** "Ask for feedback": the simulator runs on the board and the interviewer reacts to the top findings. */
export async function requestFeedback(client: PrismaClient, who: Who, requestId: string): Promise<FeedbackResult> {
  const current = await liveForChange(client, who);
  requireActive(current);
  const report = await runSimulation(boardDocument(current), { rubric: current.session.prompt.rubric });
  const reply = feedbackReply(report, spokenLocale(current.state.chat));
  await current.append({
    id: `srv-feedback-${requestId}`,
    type: "feedback_requested",
    payload: {
      phase: current.state.phase,
      score: Math.round(report.score.total),
      spofs: report.spofs,
      topFindings: report.findings.slice(0, 3).map((finding) => finding.message),
    },
  });
  await current.append({ id: `srv-feedback-reply-${requestId}`, type: "interviewer_replied", payload: { questionId: requestId, factIds: [], text: reply } });
  await current.askDueProbe();
  return { report, reply, events: current.added };
}

export type ScenarioResult = { result: Report["scenarios"][number]; events: InterviewEvent[] };

/** Runs one failure scenario against the board (the deep dive's scenario runner). */
export async function runScenario(client: PrismaClient, who: Who, requestId: string, scenario: Scenario): Promise<ScenarioResult> {
  const current = await liveForChange(client, who);
  requireActive(current);
  const report = await runSimulation(boardDocument(current, [scenario]), { rubric: current.session.prompt.rubric });
  const result = report.scenarios.find((entry) => entry.scenario.kind === scenario.kind) ?? report.scenarios[0];
  if (!result) throw new AppError("bad_request", text("problems.detail.noScenarioResult"));
  await current.append({ id: `srv-scenario-${requestId}`, type: "scenario_run", payload: { scenario, servedShare: result.servedShare, p99Ms: result.p99Ms } });
  return { result, events: current.added };
}
