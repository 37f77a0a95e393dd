import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, matchQuestion, replyFor } from "@/lib/interview/matcher";
import { stripKorean } from "@/lib/interview/text-normalize";
import { FACTS } from "./fixtures";

const POSITIVE: [string, string[]][] = [
  ["How many users do we have?", ["dau"]],
  ["What's the DAU?", ["dau"]],
  ["how many PEOPLE use it every day", ["dau"]],
  ["Roughly how big is the user base?", ["dau"]],
  ["What is the read/write ratio?", ["read-write"]],
  ["How many writes per day?", ["read-write"]],
  ["ratio of reads to writes?", ["read-write"]],
  ["How long do we need to keep the data?", ["storage"]],
  ["What's the retention period?", ["storage"]],
  ["What latency do you expect?", ["latency"]],
  ["How fast should responses be?", ["latency"]],
  ["response-time target?", ["latency"]],
  ["What's the availability target?", ["availability"]],
  ["Is there an SLA on uptime?", ["availability"]],
  ["Are users global or in one region?", ["regions"]],
  ["Where are our users located?", ["regions"]],
  ["Do we serve users in Europe and Asia?", ["regions"]],
  ["Do posts include images or videos?", ["media"]],
  ["How big are the photos?", ["media"]],
  ["Is eventual consistency OK, or do we need strong consistency?", ["consistency"]],
  ["Can reads be stale for a few seconds?", ["consistency"]],
  ["What does peak traffic look like?", ["peak"]],
  ["Are there traffic spikes?", ["peak"]],
  ["How many users and how many writes per day?", ["dau", "read-write"]],
  ["What are the latency and availability requirements?", ["latency", "availability"]],
  ["사용자 수는 얼마나 되나요?", ["dau"]],
  ["일일 활성 사용자는 몇 명인가요?", ["dau"]],
  ["일일활성사용자가 몇이죠", ["dau"]],
  ["읽기와 쓰기 비율은 어떻게 되나요?", ["read-write"]],
  ["데이터 보관 기간은 얼마인가요?", ["storage"]],
  ["응답 시간 목표가 있나요?", ["latency"]],
  ["가용성 목표는요?", ["availability"]],
  ["해외 사용자도 있나요?", ["regions"]],
  ["이미지나 동영상도 올리나요?", ["media"]],
  ["피크 트래픽은요?", ["peak"]],
  ["지연 시간과 가용성 요구사항은?", ["latency", "availability"]],
  ["사용자 수하고 쓰기 횟수는요?", ["dau", "read-write"]],
];

const NEGATIVE = [
  "Can I use Redis?",
  "Should I start drawing the design?",
  "What tech stack does the company use?",
  "Do you want microservices?",
  "Is this a mobile app?",
  "How should I shard?",
  "What's the budget?",
  "Who are the competitors?",
  "How quickly will the company grow?",
  "어떤 기술 스택을 쓰나요?",
  "마이크로서비스를 써도 되나요?",
  "?!",
  "",
];

describe("matchQuestion", () => {
  it.each(POSITIVE)("%s -> %j", (question, expected) => {
    const match = matchQuestion(question, FACTS);
    expect(match.factIds).toEqual(expected);
    for (const id of expected) expect(match.scores[id]).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(NEGATIVE)("%j reveals nothing", (question) => {
    const match = matchQuestion(question, FACTS);
    expect(match.factIds).toEqual([]);
    for (const score of Object.values(match.scores)) expect(score).toBeLessThan(MATCH_THRESHOLD);
  });

  it("ignores case, punctuation and word order", () => {
    const a = matchQuestion("What is the READ/WRITE ratio???", FACTS);
    const b = matchQuestion("ratio: write, read", FACTS);
    expect(a.factIds).toEqual(["read-write"]);
    expect(b.factIds).toContain("read-write");
  });

  it("scores every fact and is deterministic", () => {
    const a = matchQuestion("How many users?", FACTS);
    expect(Object.keys(a.scores).sort()).toEqual(FACTS.map((f) => f.id).sort());
    expect(matchQuestion("How many users?", FACTS)).toEqual(a);
  });

  it("prefers the fact that knows the question's specific word over one that knows a common word", () => {
    const facts = [
      { id: "dau", ask: ["how many users"], answer: "10M" },
      { id: "regions", ask: ["where are users located"], answer: "US" },
      { id: "friends", ask: ["how many friends"], answer: "200" },
    ];
    const match = matchQuestion("How many friends does a user have?", facts);
    expect(match.factIds).toEqual(["friends"]);
    expect(match.scores.friends).toBeGreaterThan(match.scores.dau);
  });

  it("detects the question's language", () => {
    expect(matchQuestion("가용성 목표는요?", FACTS).language).toBe("ko");
    expect(matchQuestion("availability?", FACTS).language).toBe("en");
  });
});

describe("stripKorean", () => {
  it.each([
    ["사용자는", "사용자"],
    ["데이터에서", "데이터"],
    ["트래픽으로", "트래픽"],
    ["사용자는요", "사용자"],
    ["증가", "증가"],
  ])("%s -> %s", (word, stem) => expect(stripKorean(word)).toBe(stem));
});

describe("replyFor", () => {
  it("answers with the matched facts' answers, in fact order", () => {
    const match = matchQuestion("How many users and how many writes per day?", FACTS);
    const dau = FACTS.find((f) => f.id === "dau")!.answer;
    const rw = FACTS.find((f) => f.id === "read-write")!.answer;
    expect(replyFor(match, FACTS)).toBe(`${dau} ${rw}`);
  });

  it("nudges towards an assumption when nothing matched, varied but deterministic", () => {
    const questions = ["Can I use Redis?", "What's the budget?", "Is this a mobile app?", "Who are the competitors?", "How should I shard?"];
    const replies = questions.map((q) => replyFor(matchQuestion(q, FACTS), FACTS));
    for (const reply of replies) expect(reply).toMatch(/assum/i);
    expect(new Set(replies).size).toBeGreaterThan(1);
    expect(questions.map((q) => replyFor(matchQuestion(q, FACTS), FACTS))).toEqual(replies);
    expect(replyFor({ factIds: [] }, FACTS)).toBe("That's your call — state an assumption and note it on the requirements sheet.");
  });

  it("answers a Korean question that matched nothing in Korean", () => {
    expect(replyFor(matchQuestion("어떤 기술 스택을 쓰나요?", FACTS), FACTS)).toMatch(/가정/);
  });
});
