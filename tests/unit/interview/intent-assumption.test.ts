import { describe, expect, it } from "vitest";
import { assumptionCore, statesAnAssumption } from "@/lib/interview/intent/assumption";

describe("assumptionCore: a proposal to confirm is read for what it proposes", () => {
  it.each([
    ["I'll size for a 5x peak factor — ok with you?", "a 5x peak factor"],
    ["Can I assume each message is around 1KB?", "each message is around 1KB?"],
    ["I'm thinking 5 years of retention — does that match?", "5 years of retention"],
    ["Let's say 1e7 daily users — fair?", "1e7 daily users"],
    ["I'll assume 99.9% for the chess server — good enough?", "99.9% for the chess server"],
    ["I'll assume 5M daily users, fair enough?", "5M daily users"],
    ["3:1 peak to average sound right?", "3:1 peak to average"],
    ["I'm thinking around 50 million monthly actives, is that in the right ballpark?", "around 50 million monthly actives"],
    ["Autocomplete suggestions should come back in under 100ms, right?", "Autocomplete suggestions should come back in under 100ms"],
    ["피크는 평균의 2배 정도로 잡으면 될까요?", "피크는 평균의 2배 정도"],
    ["메시지 하나당 1KB 정도로 가정해도 될까요?", "메시지 하나당 1KB 정도"],
    ["스태틱 에셋 비율은 절반쯤으로 잡을게요, 맞나요?", "스태틱 에셋 비율은 절반쯤"],
    ["하루 요청 10억 건 정도 맞나요?", "하루 요청 10억 건 정도"],
    ["I'm going to assume users are mostly in Korea and Japan — does that match?", "users are mostly in Korea and Japan"],
    ["I am going to aim for p95 under 100 ms on reads — does that work for you?", "p95 under 100 ms on reads"],
    ["Would it be fair to say the team runs everything on one MySQL box?", "the team runs everything on one MySQL box?"],
    ["대략 QPS 5만 정도 나온다고 생각하고 설계해도 괜찮을까요?", "대략 QPS 5만 정도 나온"],
    ["I'll assume the drivers are spread over three countries — true?", "the drivers are spread over three countries"],
    ["Let's say 2 KB per order, is that valid?", "2 KB per order"],
    ["주문 이력을 5년 정도 남겨두면 충분할지 확인하고 싶습니다.", "주문 이력을 5년 정도 남겨두면 충분할"],
  ])("%s -> %s", (question, core) => {
    expect(assumptionCore(question)).toBe(core);
  });

  it.each([
    // No proposal: the question stays whole.
    "How many users are there?",
    "How does the heaviest hour of the day look?",
    "Can you recommend a good book?",
    "Is a lag fine?",
    "Does saving an item kick off indexing work?",
    "Can I use Redis?",
    "사용자는 몇 명이에요?",
    "팀 분위기는 어때요?",
    // Asking permission to ask is not a proposal.
    "회원 수를 여쭤봐도 될까요?",
    "Is that right?",
    "Is it true that reads dominate?",
  ])("%s is no proposal", (question) => {
    expect(assumptionCore(question)).toBeNull();
  });
});

describe("statesAnAssumption: a requirement stated as an assumption, to be confirmed or corrected", () => {
  it.each([
    "I'll assume 5M DAU.",
    "I'll assume 1 KB per record.",
    "Let me assume a 3x peak and size the fleet for that.",
    "So I'll assume 99.9% availability.",
    "ok so I'll assume 10M daily users",
    "We'll assume 2 KB per order.",
    "Let's say 10M DAU.",
    "DAU는 천만 명으로 가정할게요.",
    "DAU 천만 명 가정할게요",
    "알림 우선순위별로 하루 3건으로 가정할게요.",
    "트윗 하나 1KB, DAU 1억으로 잡을게요",
    "레슨 예약 사이트는 가용성 99.9%로 가정하겠습니다.",
    "새 메일이 1~2초 늦게 떠도 상관없다고 가정할게요.",
  ])("%s states one", (text) => {
    expect(statesAnAssumption(text)).toBe(true);
  });

  it.each([
    // Moving on with it: a plan, not a question.
    "I'm going to assume a 10-to-1 read/write ratio and move on.",
    "I'll assume we use UUIDs for now and revisit later.",
    "I assume users are around 10 million, I will go with that.",
    "일단 DAU는 천만 명으로 가정할게요.",
    "피크는 3배로 잡고 넘어갈게요.",
    "DAU 천만 명으로 가정하고 진행하겠습니다.",
    "I'll assume 10M DAU and proceed.",
    // A walkthrough, a behaviour, 잡다 as "handle": no figure of a requirement.
    "Let's say a user opens the app and scrolls the feed.",
    "Let's say a client sends 100 requests in a second.",
    "I'll assume the client retries on failure.",
    "피크 트래픽은 오토스케일링으로 잡을게요.",
    // One machine's capacity is the design's.
    "I'll assume each app server handles about 1k RPS.",
    "서버 한 대가 초당 1만 건 처리한다고 가정할게요.",
    // Choosing, not assuming; nothing left to read.
    "I'll use a CDN for the listing photos.",
    "I'll go with eventual consistency for the feed.",
    "아 네네 그렇게 가정하겠습니다.",
    "How many users are there?",
  ])("%s does not", (text) => {
    expect(statesAnAssumption(text)).toBe(false);
  });
});
