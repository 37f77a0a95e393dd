import { describe, expect, it } from "vitest";
import { markEnglishSentenceEnds, splitRunOnByReading } from "@/lib/interview/intent/english-sentences";

// Two English questions typed together in a chat with nothing between them get their mark back;
// one question, an embedded question and a remark stay as written. Written for this test.

describe("markEnglishSentenceEnds", () => {
  it.each([
    ["whats the dau hows it growing", "whats the dau? hows it growing"],
    ["how many users do we expect whats the peak", "how many users do we expect? whats the peak"],
    ["where are the customers do we need to handle viral items", "where are the customers? do we need to handle viral items"],
    ["what is in scope is it mobile only", "what is in scope? is it mobile only"],
    ["what do pages look like do users upload photos", "what do pages look like? do users upload photos"],
    ["which regions are we launching in are there hot spots", "which regions are we launching in? are there hot spots"],
    ["for the booking app should searches be fresh what sla do we promise", "for the booking app should searches be fresh? what sla do we promise"],
    ["is it global how skewed is the traffic", "is it global? how skewed is the traffic"],
    ["which clients call the api what is the current stack", "which clients call the api? what is the current stack"],
    ["whats the dau what about qps", "whats the dau? what about qps"],
    ["is three nines enough where are the drivers", "is three nines enough? where are the drivers"],
    ["what do we store what is the retention period", "what do we store? what is the retention period"],
    ["whats the qps does latency matter", "whats the qps? does latency matter"],
    // Chat's "r" for "are" and "u" for "you".
    ["how many users do u expect how fast r we growing", "how many users do u expect? how fast r we growing"],
    ["whats the peak qps r there hot keys", "whats the peak qps? r there hot keys"],
    ["where r the users located do u need multi region", "where r the users located? do u need multi region"],
    ["whats the expected qps r u expecting spikes", "whats the expected qps? r u expecting spikes"],
  ])("marks where a second question opens: %s", (text, marked) => expect(markEnglishSentenceEnds(text)).toBe(marked));

  it.each([
    ["how many requests do users make per day"],
    ["what percentage of users are on mobile"],
    ["how many users r active on a typical day"],
    ["what do u think the peak qps is"],
    ["how big r the files users upload on average"],
    ["would u say reads r much more common than writes"],
    // "do u think" at the end is a tag, as "do you think" is.
    ["should we shard by user id do u think"],
    ["how many servers would we need do u reckon"],
    ["whats the qps users are expecting at launch"],
    ["i want to know how many users we expect"],
    ["tell me what the p99 target is"],
    ["not sure where the users are located"],
    ["can you clarify how long we keep messages"],
    ["could you confirm what the sla is that we commit to"],
    ["can you say roughly how many requests hit the service"],
    ["is it ok if users see stale data for a few seconds"],
    ["how do we handle it when traffic spikes"],
    ["how many users, and where are they?"],
    ["what about how long we keep logs"],
    ["ok ill start with the api then move to storage"],
    ["사용자 수는요 피크는요"],
    // An auxiliary or a question word inside the sentence: its main verb, a clause of its own, what it asks within.
    ["do we have buildings on other continents"],
    ["so is it true almost all traffic is writes and reads are rare"],
    ["is it okay if the dashboard numbers are a minute behind"],
    ["do we need to limit how many links one user creates"],
    ["the message should arrive within how many seconds"],
    ["the traffic is spiking how many times"],
    ["what must the system do: holds, renewals, fines?"],
    // From a review of 459 inputs (2026-12-06): relative and embedded clauses, "do" as a verb, "X is the Y", a leading clause, tags.
    ["do we need to support users who are on slow mobile networks"],
    ["is there any data which must be kept for seven years"],
    ["can users configure how long messages are kept"],
    ["do we need to handle what happens when the cache fails"],
    ["is it important how fast the page loads"],
    ["does the current system do any caching"],
    ["how do we do the fanout"],
    ["what do you think is the bottleneck today"],
    ["do you think the database is the bottleneck"],
    ["is it fair to say availability is our top priority"],
    ["when a user posts how fast should followers see it"],
    ["do we have data on whats popular"],
    ["do we want to show users how many people have read their message"],
    ["does the system store what users type"],
    // From a second review of 633 inputs (2026-12-06): hedges and prepositions before the question word, a scene first,
    // "how many …" as an object, "is" + "most"/"this" after a noun, conditions that lead, "do" as a verb.
    ["roughly how many users do we have"],
    ["at what point is it worth sharding"],
    ["for the mvp do we need search"],
    ["quick question do we need search"],
    ["should we cap how much storage each user gets"],
    ["does that affect how much storage we need"],
    ["do we know when users are most active"],
    ["can we assume the bottleneck is this service"],
    ["if the key is there in the cache do we return it directly"],
    ["assuming we are read heavy should we add a cache"],
    ["even if the cache is down should we serve stale data"],
    ["when a user posts a photo and their followers are online do they get a push"],
    ["does the mobile app do data sync in the background"],
    ["is it a requirement that users can search their history"],
    ["is the p99 what we should optimize for"],
    ["we dont need strong consistency do we"],
    ["how many users will there be do you think"],
  ])("leaves one question or a remark as written: %s", (text) => expect(markEnglishSentenceEnds(text)).toBe(text));
});

// The reading that decides a cut, kept simple for the test: a part reads as a topic when it names
// that topic's word, and is unsure (null) when it names none or two.
const WORDS: Record<string, string> = { scope: "features", platforms: "platform", users: "users", nines: "availability", retention: "retention", spikes: "peak", photos: "media", qps: "traffic", uptime: "availability", latency: "latency", ttl: "retention" };
const byWord = (part: string) => {
  const topics = [...new Set(Object.entries(WORDS).filter(([word]) => new RegExp(`\\b${word}\\b`, "i").test(part)).map(([, topic]) => topic))];
  return { topic: topics.length === 1 ? topics[0] : null, score: topics.length === 1 ? 0.95 : 0.3 };
};

describe("splitRunOnByReading", () => {
  it.each([
    ["is chat in scope which platforms do we target", "is chat in scope? which platforms do we target"],
    ["how do we count users how many nines are needed", "how do we count users? how many nines are needed"],
    // A fragment without a verb waits for nothing; "whats" says its own verb.
    ["p99 and nines target whats the retention period", "p99 and nines target? whats the retention period"],
    ["do people upload photos how big are the spikes", "do people upload photos? how big are the spikes"],
    ["is that in scope which platforms do we target", "is that in scope? which platforms do we target"],
    ["do we show photos which platforms do we target", "do we show photos? which platforms do we target"],
    // A question word still waiting for its verb gives way to a second one.
    ["how many users per day how much retention", "how many users per day? how much retention"],
    // A participle after the thing counted is the question's verb: the auxiliary after it opens another.
    ["how many photos created per day per user do we set a retention", "how many photos created per day per user? do we set a retention"],
    // 2026-12-07, thirty-ninth session: a topic's own term asked by itself after the question; a
    // clause whose verb came; "whats the …" after the preposition that ends the question before it.
    ["how many users use it per month qps", "how many users use it per month? qps"],
    ["do photos need deleting after user deletes account how big is the retention", "do photos need deleting after user deletes account? how big is the retention"],
    ["how many years of users should we plan for whats the retention", "how many years of users should we plan for? whats the retention"],
    // 2026-12-07, forty-first session: "any <thing>" asked by itself at the end.
    ["is the chat in scope any spikes", "is the chat in scope? any spikes"],
  ])("cuts where each side reads as a topic of its own: %s", (text, cut) => expect(splitRunOnByReading(text, byWord)).toBe(cut));

  it.each([
    // The question word still waits for its verb: the auxiliary is its own.
    ["how many users does the retention page get"],
    // …and a participle right after "how many" is no verb of its own.
    ["how many shared photos do users keep in retention"],
    // …nor one that describes the noun after it, nor one whose count "do we need to …" goes on with (an independent review, 2026-12-07).
    ["how many password protected photos do users keep in retention"],
    ["how many photos opened per day do we need to keep in retention"],
    ["kindly confirm whether the platforms are in scope"],
    ["can i assume most users are behind spikes"],
    // …but a clause or a verb of depending does not: what follows is its own question.
    ["does it depend on users how much retention we need"],
    ["tell me about users what retention we need"],
    // A second question about what the first named.
    ["the users on the platform how many nines is that"],
    ["users on the platform how many nines can they get"],
    // "that" after an auxiliary points; a verb of showing takes no question.
    ["is that scope big enough for users"],
    // "when" and "where" open a clause unless their auxiliary follows.
    ["are there spikes when the photos go up"],
    // A mark inside: the rules at marks read it.
    ["is chat in scope, which platforms do we target"],
    ["is chat in scope - which platforms do we target"],
    // Both sides read the same topic, or one side reads none.
    ["are the users many do the users stay"],
    ["is it all good which platforms do we target"],
    // Too short to hold two questions.
    ["scope which platforms"],
    // A term held by the phrase before it, a verb of thinking's clause, "whats" without its determiner.
    ["how many users at peak qps"],
    ["can i assume user uploads photos are there spikes"],
    ["do we set retention for photos based on whats trending"],
    // A term in a phrase, or with more words after it (an independent review).
    ["is uptime more important than latency"],
    ["do photos get cached for users with ttl"],
    ["how many users need p99 latency under 100ms"],
    // "any" as what a verb takes, not a question of its own.
    ["do we need to support any spikes"],
    ["is there any retention"],
    // …nor with more than three words after it.
    ["is chat in scope any spikes in the retention platform"],
    // …nor after a verb whose subject or modal came just before it, nor after a modal (an independent review).
    ["should we retain photos any spikes"],
    ["is retention enforced or can any photos"],
    // A figure offered as the answer to the question before it.
    ["how fast do photos show up is a few seconds of latency okay"],
    // Longer than two questions typed together: left to the rules at marks.
    [`is chat in scope ${"really ".repeat(40)}which platforms do we target`],
  ])("leaves one question whole: %s", (text) => expect(splitRunOnByReading(text, byWord)).toBe(text));

  it("takes the cut whose weaker side is surer", () => {
    const readings = new Map([
      ["is chat in scope", { topic: "features", score: 0.99 }],
      ["what platform what is the retention", { topic: "platform", score: 0.5 }],
      ["is chat in scope what platform", { topic: "features", score: 0.96 }],
      ["what is the retention", { topic: "retention", score: 0.8 }],
    ]);
    const read = (part: string) => readings.get(part) ?? { topic: null, score: 0 };
    // Before the first "what" the weaker side reads 0.5, before the second 0.8: the second.
    expect(splitRunOnByReading("is chat in scope what platform what is the retention", read)).toBe("is chat in scope what platform? what is the retention");
  });

  it("needs one side sure (RUN_ON_SIDES.surer), however sure the other", () => {
    const both = (score: number) => (part: string) => ({ topic: part.startsWith("is") ? "features" : "platform", score });
    expect(splitRunOnByReading("is chat in scope which platforms do we target", both(0.9))).toBe("is chat in scope which platforms do we target");
    expect(splitRunOnByReading("is chat in scope which platforms do we target", both(0.95))).toBe("is chat in scope? which platforms do we target");
  });

  it("leaves Korean to its own rule", () => expect(splitRunOnByReading("유저 몇 명 지역은 어디", () => ({ topic: "users", score: 1 }))).toBe("유저 몇 명 지역은 어디"));
});
