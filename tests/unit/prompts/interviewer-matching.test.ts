import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedInterviewer } from "@/lib/interview/intent/understand";
import { matchQuestion } from "@/lib/interview/matcher";
import { loadPromptFiles } from "@/lib/prompts/load-content";

// The prompts are only useful if the scripted interviewer finds their facts: these tests run
// the interviewer's own matcher over the content, in English and in Korean.

const PROMPTS_DIR = path.join(import.meta.dirname, "../../../content/prompts");
const { prompts } = await loadPromptFiles(PROMPTS_DIR);
const bySlug = new Map(prompts.map((p) => [p.slug, p]));

/** Questions a candidate typically asks, and the fact each must reveal. */
const QUESTIONS: Record<string, [string, string][]> = {
  "scale-to-millions": [
    ["How many daily active users do we expect?", "dau"],
    ["사용자 수는 얼마나 되나요?", "dau"],
    ["What is the read to write ratio?", "read-write-mix"],
    ["How fast will the company grow in 6 months?", "growth"],
    ["Where are the users located?", "regions"],
    ["가용성 목표는요?", "availability"],
    ["Do posts have images or videos?", "photos"],
    ["Is strong consistency required?", "latency-consistency"],
  ],
  "url-shortener": [
    ["How many daily active users do we expect?", "dau"],
    ["How many URLs are created per day?", "new-urls"],
    ["읽기와 쓰기 비율은 어떻게 되나요?", "redirects"],
    ["How long do we keep the links?", "retention"],
    ["What latency is acceptable for a redirect?", "latency"],
    ["Are there viral links?", "hot-links"],
    ["어떤 기능을 만들어야 하나요?", "features"],
  ],
  "news-feed": [
    ["How many friends can a user have?", "friends"],
    ["사용자 수는 얼마나 되나요?", "dau"],
    ["How often do users post?", "posting-rate"],
    ["Is the feed sorted chronologically?", "ordering"],
    // Read as consistency (message order) by the shared corpus, but not surely: the prompt's own
    // sort-order fact answers them.
    ["Is the feed ordered by time?", "ordering"],
    ["What's the sort order of the feed?", "ordering"],
    ["Are posts in order?", "ordering"],
    ["Is the feed in time order?", "ordering"],
    ["Do we order by relevance?", "ordering"],
    ["Do posts have images or videos?", "media"],
    ["What about celebrities with millions of followers?", "celebrities"],
    ["데이터는 얼마나 오래 보관하나요?", "retention"],
  ],
  // The case-study prompts (issue 11): questions written for this test, not taken from the ask lists.
  "rate-limiter": [
    ["How many API calls per day?", "requests"],
    ["What should the client see when it gets throttled?", "rejected"],
    ["Do we drop requests over the limit or queue them?", "rejected"],
    ["제한 장치 때문에 얼마나 느려져도 되나요?", "latency"],
  ],
  "unique-id-generator": [
    ["How many IDs do we need per second?", "id-rate"],
    ["How many years must the IDs last?", "lifetime"],
    ["ID는 몇 년 동안 써야 하나요?", "lifetime"],
  ],
  "notification-system": [
    ["How many notifications per day?", "volume"],
    ["알림 기록은 얼마나 오래 보관하나요?", "retention"],
    ["사용자는 몇 명인가요?", "dau"],
  ],
  "search-autocomplete": [
    ["How many searches per day?", "keystrokes"],
    ["How quickly must suggestions come back?", "latency"],
    ["제안은 얼마나 최신이어야 하나요?", "freshness"],
    ["하루에 검색을 몇 번 하나요?", "keystrokes"],
  ],
  "key-value-store": [
    ["How large is a typical value?", "sizes"],
    ["Do we need strong consistency or is eventual fine?", "consistency"],
    ["하루에 쓰기가 얼마나 되나요?", "writes"],
    ["가용성 목표는 얼마인가요?", "availability-regions"],
  ],
  "web-crawler": [
    ["How big is an average page?", "page-size"],
    ["페이지는 몇 년 동안 보관하나요?", "retention"],
  ],
  "chat-system": [
    // Torn between users, traffic and read-write-mix (one family of load topics): still answered.
    ["How many messages a day?", "messages"],
    ["Do we support group chats, and how big?", "features"],
    ["How many messages are sent per day?", "messages"],
    ["채팅 기록은 얼마나 오래 보관하나요?", "retention"],
    ["메시지 순서가 보장되어야 하나요?", "ordering"],
  ],
  "video-streaming": [
    ["What is the average size of an uploaded video?", "video-size"],
    ["일일 사용자는 몇 명인가요?", "dau"],
  ],
  "file-sync": [
    ["What is the largest file a user can upload?", "file-size"],
    ["하루에 파일을 몇 개 올리나요?", "uploads"],
  ],
};

// The interviewer trains on the shared corpus once per process: do it before the timed tests.
beforeAll(() => void sharedInterviewer(), 120_000);

describe("the interviewer finds the prompts' facts", () => {
  it.each(prompts.map((p) => [p.slug, p] as const))("%s: every phrasing reveals its own fact", (_slug, prompt) => {
    const misses = prompt.facts.flatMap((fact) =>
      fact.ask.filter((phrasing) => !matchQuestion(phrasing, prompt.facts).factIds.includes(fact.id)).map((phrasing) => `${fact.id}: ${phrasing}`),
    );
    expect(misses).toEqual([]);
  });

  // Questions the interviewer stopped answering when its abstention was calibrated to make a
  // wrong fact cost three missed ones (lib/interview/intent/calibrate.ts): the model is unsure
  // of them, so they get "assume a number". They must still never reveal another fact.
  const ABSTAINS = new Set(["제한 장치 때문에 얼마나 느려져도 되나요?", "How quickly must suggestions come back?"]);

  it.each(Object.entries(QUESTIONS))("%s: typical questions reveal the expected fact", (slug, questions) => {
    const prompt = bySlug.get(slug);
    expect(prompt).toBeDefined();
    const wrong = questions
      .map(([question, factId]) => ({ question, factId, got: matchQuestion(question, prompt!.facts).factIds }))
      .filter(({ question, factId, got }) => (ABSTAINS.has(question) ? got.some((id) => id !== factId) : !got.includes(factId)));
    expect(wrong).toEqual([]);
  });

  // An instructor's single word that also names something else revealed its fact for that too: the
  // rate limiter's "drop" (rejected requests) for traffic that drops at night (2026-12-07).
  it.each([
    ["rate-limiter", "Does traffic drop at night?", "rejected"],
    ["rate-limiter", "Does traffic drop off on weekends?", "rejected"],
  ])("%s: %s reveals no %s", (slug, question, factId) => {
    expect(matchQuestion(question, bySlug.get(slug)!.facts).factIds).not.toContain(factId);
  });

  it.each(prompts.map((p) => [p.slug, p] as const))("%s: a compound question reveals both facts", (_slug, prompt) => {
    const got = matchQuestion("How many daily active users, and how long do we keep the data?", prompt.facts).factIds;
    expect(got).toEqual(expect.arrayContaining(["dau", "retention"]));
  });
});
