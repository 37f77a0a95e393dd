import { describe, expect, it } from "vitest";
import { withoutRequestOpening } from "@/lib/interview/intent/indirect";

describe("withoutRequestOpening: an indirect request asks the question it embeds", () => {
  it.each([
    ["I'd like to know how fast the inbox has to load", "how fast the inbox has to load"],
    ["i'd like to know how many users there are", "how many users there are"],
    ["I was wondering whether we keep old logs", "whether we keep old logs"],
    ["Can you tell me where the users are?", "where the users are?"],
    ["Hi, I'm curious how big a typical order is", "how big a typical order is"],
    ["Do you know what the peak looks like?", "what the peak looks like?"],
    ["Can you tell me if I need to plan for video?", "if I need to plan for video?"],
    // A request to be told names the thing it asks for under its article.
    ["Could you tell me the peak QPS?", "the peak QPS?"],
    ["Would you mind telling me the average size of an order record?", "the average size of an order record?"],
    ["Would you mind telling me where the users are?", "where the users are?"],
    ["I'd like to know the retention period", "the retention period"],
    ["I'd like to clarify the functional requirements: search, lineage?", "the functional requirements: search, lineage?"],
    ["Can you give me a rough number for daily users?", "a rough number for daily users?"],
    // A second request in a message says "also" ("Where are the users? I'm also wondering …").
    ["I'm also wondering what read QPS the catalogue lookups see.", "what read QPS the catalogue lookups see."],
    ["I was also curious how long receipts are kept", "how long receipts are kept"],
    ["I'm also trying to figure out how much of the site is static", "how much of the site is static"],
  ])("%s -> %s", (question, asked) => {
    expect(withoutRequestOpening(question)).toBe(asked);
  });

  it.each([
    // No opening, or one that frames no embedded question: the message stays whole.
    "How many users are there?",
    "Tell me a bit about the audience for the nearby-friends feature — how many users turn it on?",
    "I'd like to get a sense of overall traffic",
    "I want to know.",
    "I'd like to use Redis here",
    "Can you tell me a bit more about the product?",
    "Could you tell me a little about the team?",
  ])("%s stays whole", (question) => {
    expect(withoutRequestOpening(question)).toBe(question);
  });
});
