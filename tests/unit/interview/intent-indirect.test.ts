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

describe("withoutRequestOpening: a Korean request said as a wish is the plain request", () => {
  it.each([
    ["초당 주문 건수도 같이 알려주시면 좋겠어요", "초당 주문 건수도 같이 알려주세요"],
    ["비율이 어느 정도인지도 알려주시면 좋겠습니다.", "비율이 어느 정도인지도 알려주세요"],
    ["피크 때 QPS를 말씀해 주시면 감사하겠습니다", "피크 때 QPS를 말씀해주세요"],
    ["보관 기간을 설명해주셨으면 좋겠어요~", "보관 기간을 설명해주세요"],
    ["리전 수를 알려주시면 정말 감사하겠습니다", "리전 수를 알려주세요"],
    ["동시 접속자가 몇 명인지 알려주실 수 있으면 좋겠어요", "동시 접속자가 몇 명인지 알려주세요"],
  ])("%s", (question, asked) => {
    expect(withoutRequestOpening(question)).toBe(asked);
  });

  it.each(["응답이 빠를수록 좋겠지만 구체적인 목표 숫자가 있을까요?", "세션은 레디스에 저장하는 게 좋겠죠?", "피크 QPS 알려주세요"])("%s stays as it is", (question) => {
    expect(withoutRequestOpening(question)).toBe(question);
  });
});
