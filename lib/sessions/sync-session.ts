import type { PrismaClient } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InterviewEvent } from "@/lib/interview/events";
import { applyEvent, foldEvents, type SessionState } from "@/lib/interview/fold";
import { localizedText } from "@/lib/prompts/localize";
import { text as textOf } from "@/lib/simulator/text-tree";
import { attemptSummary } from "@/lib/progress/summary";
import { SessionReportSchema, UnavailableReportSchema } from "@/lib/report/session-report";
import { dueProbes } from "@/lib/interview/probes";
import { sessionClock, sessionDueAdvances } from "@/lib/interview/session-clock";
import { STARTUP_ALLOWANCE_MS } from "@/lib/simulation/pool";
import { poolLimits } from "@/lib/simulation/run-simulation";
import { buildSessionReport, reportFailureReason, unavailableReport } from "./build-report";
import { spokenLocale } from "./interviewer";
import { phaseChecklists } from "./content";
import { rowsToEvents } from "./event-rows";
import type { SessionHead } from "./load-session";
import { isClockEvent, type LogSummary } from "./session-log";
import { clockInputFor, promptBands } from "./session-clock";
import { appendEventRows, type NewEvent } from "./store-events";

/** Stores events once each, in order; returns those it stored (./store-events.ts). */
export type EventStore = (events: readonly NewEvent[]) => Promise<InterviewEvent[]>;

/**
 * A session being worked on inside one request: its folded state, what it needs of its log, and
 * a way to append server events that keeps them in step. Everything the server decides on its
 * own — strict timeouts, the time limit, curveballs, probes, the final report — happens here.
 *
 * Built from the whole log (`session.events`: reading a session, tests) or from a log summary
 * (./session-log.ts: the requests that change a session, which never read the whole log). The
 * whole log is read when it is needed: to build the report on submission.
 */
export class LiveSession {
  readonly added: InterviewEvent[] = [];
  state: SessionState;
  private readonly storedIds: ReadonlySet<string>;
  private readonly addedIds = new Set<string>();
  private readonly seqs = new Map<string, number>();
  private timeline: InterviewEvent[];
  private log: InterviewEvent[] | null;

  constructor(
    private readonly client: PrismaClient,
    readonly session: SessionHead & { events?: InterviewEvent[] },
    readonly now: Date,
    readonly timeScale: number,
    summary?: LogSummary,
    /** Where appended events go, when not to the database: a list written later (./append-in-one-statement.ts). */
    private readonly storeElsewhere?: EventStore,
  ) {
    if (summary) {
      // The summary is shared with later requests: this one adds to copies, never to it.
      this.state = summary.state;
      this.storedIds = summary.ids;
      this.timeline = [...summary.timeline];
      this.log = null;
    } else {
      const events = [...(session.events ?? [])];
      this.state = foldEvents(events);
      this.storedIds = new Set(events.map((event) => event.id));
      this.timeline = events.filter(isClockEvent);
      this.log = events;
    }
  }

  /** The whole log, for a session built from it (or after submission read it again). */
  get events(): readonly InterviewEvent[] {
    if (!this.log) throw new Error("This session was built from a log summary; its whole log was not read.");
    return this.log;
  }

  /** Whether an event with this id is stored (before this request, or by it). */
  has(id: string): boolean {
    return this.storedIds.has(id) || this.addedIds.has(id);
  }

  /** The stored events with these ids (to compare a resent event with the one stored). */
  async storedEvents(ids: readonly string[]): Promise<InterviewEvent[]> {
    const wanted = ids.filter((id) => this.has(id));
    if (wanted.length === 0) return [];
    if (this.log) return this.log.filter((event) => wanted.includes(event.id));
    const mine = this.added.filter((event) => wanted.includes(event.id));
    const rows = await this.client.sessionEvent.findMany({
      where: { sessionId: this.session.id, clientId: { in: wanted.filter((id) => !this.addedIds.has(id)) } },
      select: { clientId: true, type: true, payload: true, at: true },
    });
    return [...rowsToEvents(rows), ...mine];
  }

  get submitted(): boolean {
    return this.session.status === "SUBMITTED" || this.state.submitted !== null;
  }

  clock() {
    return sessionClock(clockInputFor(this.session, this.timeline, this.now, this.timeScale));
  }

  private async reloadEvents(): Promise<void> {
    const rows = await this.client.sessionEvent.findMany({
      where: { sessionId: this.session.id },
      orderBy: { seq: "asc" },
      select: { clientId: true, type: true, payload: true, at: true },
    });
    const events = rowsToEvents(rows);
    this.log = events;
    this.timeline = events.filter(isClockEvent);
    this.state = foldEvents(events);
  }

  /** Appends an event once (by id); returns it when this call stored it. */
  async append(event: NewEvent): Promise<InterviewEvent | null> {
    const [stored] = await this.appendAll([event]);
    return stored ?? null;
  }

  /** Appends events once each (by id) in one statement; returns those this call stored, in order. */
  async appendAll(events: readonly NewEvent[]): Promise<InterviewEvent[]> {
    const stored = this.storeElsewhere ? await this.storeElsewhere(events) : await this.storeInDatabase(events);
    for (const event of events) this.addedIds.add(event.id);
    for (const event of stored) {
      this.log?.push(event);
      if (isClockEvent(event)) this.timeline.push(event);
      this.state = applyEvent(this.state, event);
      this.added.push(event);
    }
    return stored;
  }

  private async storeInDatabase(events: readonly NewEvent[]): Promise<InterviewEvent[]> {
    const rows = await appendEventRows(this.client, this.session.id, events, this.now);
    for (const { event, seq } of rows) this.seqs.set(event.id, seq);
    return rows.map((row) => row.event);
  }

  /**
   * The rows this request stored in the database, with their seqs, to bring the log summary up to
   * date (./session-log.ts) so the session's next autosave knows them without reading them back.
   */
  storedRows(): { event: InterviewEvent; seq: number }[] {
    return this.added.flatMap((event) => {
      const seq = this.seqs.get(event.id);
      return seq === undefined ? [] : [{ event, seq }];
    });
  }

  /** Strict-mode band ends, curveballs whose minute has come, the 45-minute limit. */
  async tick(): Promise<void> {
    if (this.session.status === "SUBMITTED") return;
    if (this.state.submitted) {
      await this.recoverStuckSubmission();
      return;
    }
    for (const due of sessionDueAdvances(clockInputFor(this.session, this.timeline, this.now, this.timeScale))) {
      await this.append({ id: `srv-timeout-phase-${due.to}`, type: "phase_advanced", payload: { from: due.from, to: due.to, reason: "timeout" }, at: due.at });
    }
    const clock = this.clock();
    for (const [index, curveball] of this.session.prompt.curveballs.entries()) {
      if (clock.totalElapsedSeconds < curveball.atMinute * 60) continue;
      // Once stored, a curveball costs no further writes: every later request would only be
      // told it is there already. Its words are chosen only when it is about to be said.
      const id = `srv-curveball-${index}`;
      if (!this.has(id)) {
        const text = localizedText(curveball.say, curveball.ko?.say, spokenLocale(this.state.chat));
        await this.append({ id, type: "interviewer_replied", payload: { questionId: `curveball-${index}`, factIds: [], text } });
      }
      for (const [field, value] of Object.entries(curveball.sets ?? {})) {
        if (value === undefined) continue;
        await this.appendUnlessStored({ id: `srv-curveball-${index}-set-${field}`, type: "requirement_set", payload: { field, value, source: "fact" } });
      }
    }
    if (clock.timeUp) await this.submit("timeout");
  }

  private async appendUnlessStored(event: NewEvent): Promise<void> {
    if (!this.has(event.id)) await this.append(event);
  }

  /** Asks the next follow-up probe whose condition now holds (one at a time). */
  async askDueProbe(): Promise<void> {
    if (this.submitted) return;
    const [due] = dueProbes(this.session.prompt.probes, this.state.phase, this.state.design, this.state.probesAsked);
    if (!due) return;
    const text = localizedText(due.probe.ask, due.probe.ko?.ask, spokenLocale(this.state.chat));
    await this.append({ id: `srv-probe-${due.index}`, type: "probe_asked", payload: { probeIndex: due.index, text } });
  }

  /**
   * `submitted` is in the log but no report is stored: either the submitting request is still
   * building it (leave it be), or it died half-way — a crash, a kill, or a design that once
   * took the server down. A read never runs the simulator: once the submitting request has had
   * time to finish, the session is closed with a report that says none could be built.
   */
  private async recoverStuckSubmission(): Promise<void> {
    const submitted = this.state.submitted;
    if (!submitted) return;
    // The longest a submitting request can take: two runs, each waiting and starting up, then
    // running to the limit; plus time to store.
    const graceMs = 2 * (poolLimits().timeLimitMs + STARTUP_ALLOWANCE_MS) + 30_000;
    if (this.now.getTime() - new Date(submitted.at).getTime() < graceMs) return;
    const report = unavailableReport(
      { prompt: this.session.prompt, promptVersion: this.session.promptVersion, state: this.state, reason: submitted.reason, submittedAt: new Date(submitted.at) },
      textOf("problems.detail.reportNotBuiltAtSubmit"),
    );
    await this.store(report, null, new Date(submitted.at));
  }

  private async store(report: object, score: number | null, submittedAt: Date, summary?: object): Promise<void> {
    // Only an ACTIVE session takes a report: a racing second submit changes nothing.
    const { count } = await this.client.interviewSession.updateMany({
      where: { id: this.session.id, status: "ACTIVE" },
      data: { status: "SUBMITTED", submittedAt, report: report as Prisma.InputJsonValue, score, ...(summary ? { summary: summary as Prisma.InputJsonValue } : {}) },
    });
    if (count === 1) {
      this.session.status = "SUBMITTED";
      this.session.submittedAt = submittedAt;
    }
  }

  /**
   * Ends the interview: appends `submitted`, builds the report once, in this request, under the
   * simulator's limits, and stores it for good. A report that cannot be built (too large to
   * simulate) is stored as such: the session is submitted either way.
   */
  async submit(reason: "manual" | "timeout", clientEventId?: string): Promise<void> {
    if (this.session.status === "SUBMITTED") return;
    if (!this.state.submitted) await this.append({ id: clientEventId ?? "srv-timeout-submit", type: "submitted", payload: { reason } });
    // Read the log again: another tab may have appended just before `submitted`, and the
    // report must agree with what replay will show.
    await this.reloadEvents();
    const submittedAt = this.state.submitted ? new Date(this.state.submitted.at) : this.now;
    const bands = promptBands(this.session.prompt);
    // The log now ends with `submitted`, so the clock stops there.
    const clock = sessionClock(clockInputFor(this.session, this.timeline, submittedAt, this.timeScale));
    const input = {
      prompt: this.session.prompt,
      promptVersion: this.session.promptVersion,
      events: this.events,
      state: this.state,
      clock,
      bands,
      checklists: await phaseChecklists(),
      reason: this.state.submitted?.reason ?? reason,
      submittedAt,
    };
    let report: object;
    let score: number | null;
    let summary: object | undefined;
    try {
      // Checked against the schema every reader parses it with, before it is stored for good:
      // a report the report page could not read is stored as "unavailable" instead.
      const built = SessionReportSchema.parse(await buildSessionReport(input));
      report = built;
      score = Math.round(built.clarified.score.total);
      // A small summary beside the report keeps Progress fast (it reads no whole reports).
      summary = attemptSummary(built);
    } catch (error) {
      if (!isAppError(error)) console.error("The session report could not be built:", error);
      report = UnavailableReportSchema.parse(unavailableReport(input, reportFailureReason(error)));
      score = null;
    }
    await this.store(report, score, submittedAt, summary);
  }
}
