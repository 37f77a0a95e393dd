import { describe, expect, it } from "vitest";
import { markEnglishSentenceEnds } from "@/lib/interview/intent/english-sentences";

// Two English questions typed together in a chat with nothing between them get their mark back;
// one question, an embedded question and a remark stay as written. Written for this test.

describe("markEnglishSentenceEnds", () => {
  it.each([
    ["whats the dau hows it growing", "whats the dau? hows it growing"],
    ["how many users do we expect whats the peak", "how many users do we expect? whats the peak"],
    ["where are the customers do we need to handle viral items", "where are the customers? do we need to handle viral items"],
    ["what is in scope is this mobile only", "what is in scope? is this mobile only"],
    ["what do pages look like do photos get resized", "what do pages look like? do photos get resized"],
    ["which regions are we launching in are there hot spots", "which regions are we launching in? are there hot spots"],
    ["for the booking app should searches be fresh what sla do we promise", "for the booking app should searches be fresh? what sla do we promise"],
    ["is it global how skewed is the traffic", "is it global? how skewed is the traffic"],
    ["which clients call the api what runs in production", "which clients call the api? what runs in production"],
  ])("marks where a second question opens: %s", (text, marked) => expect(markEnglishSentenceEnds(text)).toBe(marked));

  it.each([
    ["how many requests do users make per day"],
    ["what percentage of users are on mobile"],
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
  ])("leaves one question or a remark as written: %s", (text) => expect(markEnglishSentenceEnds(text)).toBe(text));
});
