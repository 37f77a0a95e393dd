import { beforeAll, describe, expect, it } from "vitest";
import { briefAnswer, decideReply, matchedLookFor, probeBeingAnswered, quotesProbe, type ProbeInfo } from "@/lib/interview/conversation";
import { foldEvents, type SessionState } from "@/lib/interview/fold";
import { sharedInterviewer } from "@/lib/interview/intent/understand";
import { buildProcessBlock, probeCounts } from "@/lib/interview/process";
import { answerQuestion } from "@/lib/sessions/interviewer";
import { eventLog, FACTS } from "./fixtures";

// The interviewer as a conversation: replies to probes, clarifications, repeated facts. Each
// case builds the session's log, folds it, and asks what the interviewer says to the last message.

const PROBES: ProbeInfo[] = [
  { index: 0, ask: "The MySQL primary fails at peak. Walk me through the next two minutes: what do users see?", lookFor: ["failover", "replica", "promote"] },
  { index: 1, ask: "Where do the photos come from for a user in Berlin?", lookFor: ["cdn", "object storage"] },
];

beforeAll(() => void sharedInterviewer(), 120_000);

type Log = ReturnType<typeof eventLog>;

/** Applies what the interviewer decides to the log, as the server does. */
function say(log: Log, minute: number, text: string) {
  const id = log.add(minute, "question_asked", { text });
  const state = foldEvents(log.events);
  const decision = decideReply(text, state, FACTS, PROBES);
  log.add(minute, "interviewer_replied", {
    questionId: id,
    factIds: decision.factIds,
    text: decision.text,
    kind: decision.kind,
    ...(decision.probeIndex === undefined ? {} : { probeIndex: decision.probeIndex }),
    ...(decision.matched === undefined ? {} : { matched: decision.matched }),
  });
  return decision;
}

function withProbe(index = 0): Log {
  const log = eventLog();
  log.add(20, "probe_asked", { probeIndex: index, text: PROBES[index].ask });
  return log;
}

describe("replies to a probe", () => {
  it("acknowledges what the answer covered and credits the probe", () => {
    const log = withProbe();
    const decision = say(log, 21, "We fail over to a replica: promote it and repoint the writers.");
    expect(decision.kind).toBe("probe-ack");
    expect(decision.matched).toEqual(["failover", "replica", "promote"]);
    expect(decision.text).toMatch(/failover, replica and promote/);
    expect(probeCounts(foldEvents(log.events))).toEqual({ probesAsked: 1, probesAnswered: 1 });
  });

  it("asks one follow-up when nothing matched, then moves on without crediting", () => {
    const log = withProbe();
    expect(say(log, 21, "Hmm, users would see errors I guess.").kind).toBe("probe-follow-up");
    const second = say(log, 22, "They would wait a bit.");
    expect(second.kind).toBe("probe-closed");
    expect(probeCounts(foldEvents(log.events))).toEqual({ probesAsked: 1, probesAnswered: 0 });
    // The probe is over: the next message is a question again.
    expect(say(log, 23, "What's the availability target?").kind).toBe("answer");
  });

  it("credits an answer given after the follow-up", () => {
    const log = withProbe();
    say(log, 21, "Not sure.");
    expect(say(log, 22, "A replica takes over after the failover.").kind).toBe("probe-ack");
    expect(probeCounts(foldEvents(log.events)).probesAnswered).toBe(1);
  });

  it("recognises Korean equivalents of the lookFor terms", () => {
    const log = withProbe();
    const decision = say(log, 21, "복제 서버를 승격해서 장애 조치를 합니다.");
    expect(decision.kind).toBe("probe-ack");
    expect(decision.matched).toEqual(["failover", "replica", "promote"]);
    expect(decision.text).toMatch(/좋습니다/);
  });

  it("recognises a later message that quotes the probe", () => {
    const log = withProbe(1);
    say(log, 21, "Where are our users?");
    const state = foldEvents(log.events);
    expect(probeBeingAnswered("A CDN.", state, PROBES)).toBeUndefined();
    const quote = "> Where do the photos come from for a user in Berlin?\nFrom a CDN in front of object storage.";
    log.add(22, "question_asked", { text: quote });
    expect(probeBeingAnswered(quote, foldEvents(log.events), PROBES)?.index).toBe(1);
    expect(quotesProbe("the photos come from for a user in Berlin: a CDN", PROBES[1].ask)).toBe(true);
    expect(quotesProbe("a CDN", PROBES[1].ask)).toBe(false);
  });

  it("answers a clarifying question asked right after a probe as a question", () => {
    const log = withProbe();
    const decision = say(log, 21, "How many users do we have?");
    expect(decision.kind).toBe("answer");
    expect(decision.factIds).toEqual(["dau"]);
  });

  it("matches lookFor terms at word starts, ignoring case, hyphens and spaces", () => {
    expect(matchedLookFor("Fan out on write, with a CDN", ["fan-out", "cdn", "cache"])).toEqual(["fan-out", "cdn"]);
    expect(matchedLookFor("a decade of caching", ["cdn", "cache"])).toEqual(["cache"]);
  });
});

describe("clarifications", () => {
  it("repeats the last thing the interviewer said", () => {
    const log = withProbe();
    const decision = say(log, 21, "Sorry, can you repeat that?");
    expect(decision.kind).toBe("repeat");
    expect(decision.text).toContain(PROBES[0].ask);
    // A repeat is not an answer to the probe: the next message still is.
    expect(say(log, 22, "A replica is promoted.").kind).toBe("probe-ack");
  });

  it("repeats in Korean", () => {
    const log = withProbe();
    const decision = say(log, 21, "다시 한 번 말씀해 주시겠어요?");
    expect(decision.kind).toBe("repeat");
    expect(decision.text).toMatch(/^다시 말씀드리면/);
  });

  it("explains a known term, or restates the probe", () => {
    const log = withProbe();
    expect(say(log, 21, "What do you mean by failover?").text).toMatch(/standby/);
    expect(say(log, 21.5, "What do you mean by that?").text).toMatch(/^I'm asking: "The MySQL primary fails/);
    expect(say(log, 22, "페일오버가 무슨 뜻인가요?").text).toMatch(/대기 서버/);
  });

  it("says there is nothing to repeat at the start", () => {
    expect(say(eventLog(), 1, "Can you repeat that?").text).toMatch(/haven't asked/);
  });

  it("says where the conversation stopped after a break, in the candidate's language", () => {
    const log = withProbe();
    const decision = say(log, 21, "Sorry, my internet dropped for a sec, where were we?");
    expect(decision.kind).toBe("repeat");
    expect(decision.text).toMatch(/^Here's where we were/);
    expect(decision.text).toContain(PROBES[0].ask);
    expect(say(log, 21, "죄송해요, 어디까지 얘기했죠?").text).toMatch(/^마지막으로 제가 드린 말씀/);
    expect(say(eventLog(), 1, "where were we?").text).toMatch(/only just started/);
  });
});

describe("facts asked again", () => {
  it("answers a revealed fact again, briefly", () => {
    const log = eventLog();
    const first = say(log, 1, "How many users do we have?");
    expect(first.kind).toBe("answer");
    const again = say(log, 2, "Sorry, how many daily active users was it?");
    expect(again.kind).toBe("repeat-answer");
    expect(again.text).toBe("As I said: About 10 million daily active users.");
  });

  // One fact answering two topics: given again, the sentence about the topic asked, not the first.
  const TWO_TOPICS = "99.9 % availability. Users are in one region for now. Support is by email only.";
  it.each([
    ["which countries are the users in", ["regions"], "Users are in one region for now."],
    ["what was the uptime target?", ["availability"], "99.9 % availability."],
    // Nothing understood: the words still choose ("support").
    ["and how was support done again?", [], "Support is by email only."],
    // Nothing shared at all: the first sentence.
    ["can you say that again", [], "99.9 % availability."],
    ["유저 어느 리전에 있다고 했죠?", ["regions"], "지금은 사용자가 한 리전에 있습니다."],
  ])("gives again only what answers the question: %s", (question, topics, brief) => {
    const answer = /[가-힣]/u.test(question) ? "가용성은 99.9 %입니다. 지금은 사용자가 한 리전에 있습니다." : TWO_TOPICS;
    expect(briefAnswer(answer, question, topics)).toBe(brief);
  });

  it("keeps an answer of one sentence whole", () => {
    expect(briefAnswer("About 10 million daily active users.", "where are they", ["regions"])).toBe("About 10 million daily active users.");
  });

  it("answers a fact about two topics again with the sentence asked about", () => {
    const facts = [{ id: "availability-regions", ask: ["availability", "uptime", "regions", "where are users"], answer: "99.9 % availability. Users are in one region for now.", sets: { availabilityTarget: 0.999, userRegions: ["us-east"] } }];
    const log = eventLog();
    const ask = (minute: number, text: string) => {
      const id = log.add(minute, "question_asked", { text });
      const decision = decideReply(text, foldEvents(log.events), facts, []);
      log.add(minute, "interviewer_replied", { questionId: id, factIds: decision.factIds, text: decision.text, kind: decision.kind });
      return decision;
    };
    expect(ask(1, "What availability do we need?").text).toContain("99.9 % availability. Users are in one region");
    const again = ask(2, "Sorry, which region are the users in?");
    expect(again.kind).toBe("repeat-answer");
    expect(again.text).toBe("As I said: Users are in one region for now.");
  });
});

describe("the server's events", () => {
  it("records the probe reply on the reply event and sets no requirement for it", () => {
    const log = withProbe();
    const id = log.add(21, "question_asked", { text: "Promote a replica." });
    const state: SessionState = foldEvents(log.events);
    const prompt = { facts: FACTS, probes: PROBES.map((p) => ({ when: { phase: 3 as const }, ask: p.ask, lookFor: [...p.lookFor] })) };
    const events = answerQuestion(prompt as never, { id, text: "Promote a replica." }, state);
    expect(events).toEqual([
      expect.objectContaining({ type: "interviewer_replied", payload: expect.objectContaining({ kind: "probe-ack", probeIndex: 0, matched: ["replica", "promote"] }) }),
    ]);
  });

  it("fills probesAsked and probesAnswered in the process block", () => {
    const log = withProbe();
    say(log, 21, "Promote a replica.");
    log.add(25, "probe_asked", { probeIndex: 1, text: PROBES[1].ask });
    const block = buildProcessBlock(foldEvents(log.events), { phaseSeconds: [0, 0, 0, 0] }, [{ id: "dau", key: true }]);
    expect(block.probesAsked).toBe(2);
    expect(block.probesAnswered).toBe(1);
  });
});
